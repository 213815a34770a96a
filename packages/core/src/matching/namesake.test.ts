import { describe, expect, it } from "vitest";
import type { MatchEvidence } from "./match-evidence.ts";
import { isNamesakeToCheck } from "./namesake.ts";

const name = (likeness: "same" | "initial" | "handle" | "short-form", weight = 5): MatchEvidence => ({
  kind: "name",
  likeness,
  names: ["Anna Schneider", "Anna Schneider"],
  weight,
});

describe("isNamesakeToCheck", () => {
  it("offers a full-name match too weak to suggest", () => {
    expect(isNamesakeToCheck({ score: 0.45, evidence: [name("same")] })).toBe(true);
    expect(isNamesakeToCheck({ score: 0.3, evidence: [name("short-form", 3.8)] })).toBe(true);
  });

  it("offers an initial for the first name, but leaves suggestions to the banner and handles to nobody", () => {
    expect(isNamesakeToCheck({ score: 0.1, evidence: [name("initial", 2.4)] })).toBe(true);
    expect(isNamesakeToCheck({ score: 0.7, evidence: [name("same")] })).toBe(false);
    expect(isNamesakeToCheck({ score: 0.2, evidence: [name("handle", 4)] })).toBe(false);
  });

  it("leaves out a pair the records settle as two people (father and son)", () => {
    expect(
      isNamesakeToCheck({
        score: 0.001,
        evidence: [{ kind: "birth-date", same: false, weight: -12 }, name("same")],
      }),
    ).toBe(false);
  });
});
