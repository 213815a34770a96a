import { describe, expect, it } from "vitest";
import { fullNamesOf, shortFormRelation } from "./short-forms.ts";

describe("shortFormRelation", () => {
  it("pairs a full name with its short forms, in either order", () => {
    expect(shortFormRelation("johannes", "hans")).toBe("full");
    expect(shortFormRelation("sepp", "josef")).toBe("full");
    expect(shortFormRelation("liz", "elizabeth")).toBe("full");
  });

  it("calls two short forms of one name siblings", () => {
    expect(shortFormRelation("hannes", "hans")).toBe("sibling");
  });

  it("lets one short form stand for several full names", () => {
    expect([...fullNamesOf("alex")].sort()).toEqual(["alexander", "alexandra"]);
  });

  it("does not pair names that only look alike", () => {
    expect(shortFormRelation("katrin", "katharina")).toBeNull();
    expect(shortFormRelation("steffen", "stefan")).toBeNull();
    expect(shortFormRelation("alexander", "alexandra")).toBeNull();
  });

  it("looks names up folded, so umlauts need no second entry", () => {
    expect(shortFormRelation("barbel", "barbara")).toBe("full");
  });
});
