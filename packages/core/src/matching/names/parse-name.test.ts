import { describe, expect, it } from "vitest";
import { parseName } from "./parse-name.ts";

const words = (name: string) => parseName(name).tokens.map((token) => token.folded);

describe("parseName", () => {
  it("drops salutations, titles and degrees, and keeps particles", () => {
    expect(words("Frau Prof. Dr. med. Anna Schneider, PhD")).toEqual(["anna", "schneider"]);
    expect(words("Dipl.-Ing. Klaus von der Heide")).toEqual(["klaus", "von", "der", "heide"]);
  });

  it("keeps a suffix apart from the name", () => {
    expect(parseName("Klaus Weber jr.")).toMatchObject({ kind: "person", suffix: "junior" });
    expect(words("Klaus Weber Sen.")).toEqual(["klaus", "weber"]);
  });

  it("splits a handle at separators, digits and capitals, and drops the digits", () => {
    expect(parseName("@Anna_Schneider85")).toMatchObject({ kind: "handle", letters: "annaschneider" });
    expect(words("AnnaSchneider")).toEqual(["anna", "schneider"]);
    expect(words("anna.schneider")).toEqual(["anna", "schneider"]);
  });

  it("keeps hyphenated names as one word of several parts", () => {
    const [token] = parseName("Hans-Peter Müller").tokens;
    expect(token?.parts).toEqual(["hans", "peter"]);
  });

  it("tells an initial, a company and nothing apart", () => {
    expect(parseName("A. Schneider").tokens[0]?.initial).toBe(true);
    expect(parseName("Müller GmbH & Co. KG").kind).toBe("company");
    expect(parseName(" ,. ").kind).toBe("empty");
  });

  it("keeps the umlaut apart from other accents in the light form", () => {
    const [jose, muller] = parseName("José Müller").tokens;
    expect(jose?.light).toBe("jose");
    expect(muller?.light).not.toBe("muller");
    expect(muller?.folded).toBe("muller");
  });
});
