import { describe, expect, it } from "vitest";
import { SPACE_6_DIGITS, uniqueNumber, uniqueSevenDigits } from "./unique-number.ts";

describe("uniqueNumber", () => {
  it("is a bijection of a prime space", () => {
    const values = Array.from({ length: 101 }, (_, i) => uniqueNumber(42, "test", i, 101));
    expect(new Set(values).size).toBe(101);
    expect(Math.max(...values)).toBe(100);
  });

  it("never repeats for the customer indexes of a large demo", () => {
    const seen = new Set<number>();
    for (let i = 0; i < 200_000; i++) seen.add(uniqueNumber(7, "account", i, SPACE_6_DIGITS));
    expect(seen.size).toBe(200_000);
  });

  it("gives seven-digit tails that do not start with 0", () => {
    for (let i = 0; i < 1_000; i++) expect(uniqueSevenDigits(3, "mobile", i)).toMatch(/^[1-9]\d{6}$/);
  });

  it("refuses indexes outside the space", () => {
    expect(() => uniqueNumber(1, "x", 101, 101)).toThrow(RangeError);
    expect(() => uniqueNumber(1, "x", -1, 101)).toThrow(RangeError);
  });
});
