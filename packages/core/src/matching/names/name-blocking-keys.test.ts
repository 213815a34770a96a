import { describe, expect, it } from "vitest";
import { compareNames } from "./compare-names.ts";
import { NAME_CASES } from "./name-cases.test-data.ts";
import { nameBlockingKeys } from "./name-blocking-keys.ts";

function shareKey(a: string, b: string): boolean {
  const keys = new Set(nameBlockingKeys(a));
  return nameBlockingKeys(b).some((key) => keys.has(key));
}

describe("nameBlockingKeys", () => {
  it("lets every pair compareNames calls alike meet under a key", () => {
    const alike = NAME_CASES.filter(([a, b]) => compareNames(a, b) !== null);
    const apart = alike.filter(([a, b]) => !shareKey(a, b));
    if (apart.length > 0) console.info("Alike names sharing no blocking key:", apart);
    console.info(`${alike.length - apart.length} of ${alike.length} alike pairs share a blocking key`);
    expect(apart).toEqual([]);
  });

  it("lets names meet across every variant the comparison knows", () => {
    const variants = [
      "Anna Schneider",
      "Schneider, Anna",
      "A. Schneider",
      "Anna Maria Schneider",
      "Anna Schnieder",
      "anna_schneider85",
      "annaschneider",
      "AnnaSchneider",
      "aschneider",
      "Dr. Anna Schneider",
    ];
    for (const variant of variants) expect(shareKey(variant, "Anna Schneider"), variant).toBe(true);
  });

  it("keeps people who share only a first name apart", () => {
    const people = ["Anna Schneider", "Anna Fischer", "Anna Weber", "Anna Schulz", "Krause, Anna", "Anna"];
    for (const [i, a] of people.entries())
      for (const b of people.slice(i + 1)) expect(shareKey(a, b), `${a} / ${b}`).toBe(false);
  });

  it("keeps one surname's people with unlike first names apart", () => {
    const people = [
      "Anna Schneider",
      "Thomas Schneider",
      "Klaus Schneider",
      "Petra Schneider",
      "B. Schneider",
    ];
    for (const [i, a] of people.entries())
      for (const b of people.slice(i + 1)) expect(shareKey(a, b), `${a} / ${b}`).toBe(false);
  });

  it("gives no key for a bare first name, a handle of one, or nothing", () => {
    for (const name of ["Anna", "anna85", "@anna", "Dr.", "", "   "])
      expect(nameBlockingKeys(name)).toEqual([]);
  });

  it("prefixes every key with n:", () => {
    for (const [a] of NAME_CASES)
      for (const key of nameBlockingKeys(a)) expect(key.startsWith("n:")).toBe(true);
  });
});
