import { describe, expect, it } from "vitest";
import { compareNames } from "./compare-names.ts";
import { NAME_CASES } from "./name-cases.test-data.ts";

describe("compareNames", () => {
  it.each(NAME_CASES)("%s / %s: %s", (a, b, likeness) => {
    expect(compareNames(a, b)?.likeness ?? null).toBe(likeness);
    expect(compareNames(b, a)?.likeness ?? null).toBe(likeness);
  });

  it("keeps every similarity between 0 and 1", () => {
    for (const [a, b] of NAME_CASES) {
      const similarity = compareNames(a, b)?.similarity ?? 0;
      expect(similarity).toBeGreaterThanOrEqual(0);
      expect(similarity).toBeLessThanOrEqual(1);
    }
  });

  it("grades a slip in a long name closer than two slips or a sound-alike in a short one", () => {
    const one = compareNames("Anna Schnieder", "Anna Schneider")?.similarity ?? 0;
    const two = compareNames("Anna Schniedr", "Anna Schneider")?.similarity ?? 0;
    const soundAlike = compareNames("Anna Maier", "Anna Meyer")?.similarity ?? 0;
    expect(one).toBeGreaterThan(two);
    expect(one).toBeGreaterThan(soundAlike);
  });

  it("grades the full name with its short form closer than two short forms of one name", () => {
    const full = compareNames("Hans Weber", "Johannes Weber")?.similarity ?? 0;
    const siblings = compareNames("Hans Weber", "Hannes Weber")?.similarity ?? 0;
    expect(full).toBeGreaterThan(siblings);
  });

  it("grades a dropped middle name closer than half of a double first name or surname", () => {
    const middle = compareNames("Anna Maria Schneider", "Anna Schneider")?.similarity ?? 0;
    const doubleFirst = compareNames("Hans-Peter Müller", "Hans Müller")?.similarity ?? 0;
    const doubleSurname = compareNames("Sabine Müller-Lüdenscheidt", "Sabine Müller")?.similarity ?? 0;
    expect(middle).toBeGreaterThan(doubleFirst);
    expect(doubleFirst).toBeGreaterThan(doubleSurname);
  });

  it("grades a handle with both names above one with only the first initial", () => {
    const both = compareNames("annaschneider", "Anna Schneider")?.similarity ?? 0;
    const initial = compareNames("aschneider", "Anna Schneider")?.similarity ?? 0;
    expect(both).toBeGreaterThan(initial);
  });

  it("calls a pair by the weaker of its likenesses: a short form with a typo is a typo", () => {
    expect(compareNames("Hans Schnieder", "Johannes Schneider")?.likeness).toBe("typo");
    expect(compareNames("Schneider, Hans", "Johannes Schneider")?.likeness).toBe("short-form");
  });
});
