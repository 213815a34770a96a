import { describe, expect, it } from "vitest";
import { editDistance, phoneticCode, skeleton } from "./sound.ts";

describe("phoneticCode", () => {
  // Examples published with the Kölner Phonetik (Postel 1969; German Wikipedia, "Kölner Phonetik").
  it.each([
    ["mullerludenscheidt", "65752682"],
    ["wikipedia", "3412"],
    ["breschnew", "17863"],
  ])("codes %s as %s", (word, code) => expect(phoneticCode(word)).toBe(code));

  it("gives German sound-alikes one code", () => {
    for (const name of ["maier", "mayer", "meier"]) expect(phoneticCode(name)).toBe(phoneticCode("meyer"));
    for (const name of ["schmitt", "schmid"]) expect(phoneticCode(name)).toBe(phoneticCode("schmidt"));
    expect(phoneticCode("filip")).toBe(phoneticCode("philipp"));
  });

  it("keys a name without Latin letters on the name itself", () => {
    expect(phoneticCode("анна")).toBe("анна");
  });
});

describe("editDistance", () => {
  it("counts two swapped neighbours as one edit", () => {
    expect(editDistance("schnieder", "schneider")).toBe(1);
    expect(editDistance("schneidr", "schneider")).toBe(1);
    expect(editDistance("schneiider", "schneider")).toBe(1);
    expect(editDistance("thomas", "tobias")).toBe(3);
  });
});

describe("skeleton", () => {
  it("writes spellings of one sound alike", () => {
    expect(skeleton("philipp")).toBe(skeleton("filip"));
    expect(skeleton("schmidt")).toBe(skeleton("schmitt"));
    expect(skeleton("christoph")).toBe(skeleton("christof"));
  });
});
