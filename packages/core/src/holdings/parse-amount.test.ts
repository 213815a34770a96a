import { describe, expect, it } from "vitest";
import { parseAmountMinor } from "./parse-amount.ts";

describe("parseAmountMinor", () => {
  it("reads German amounts with thousands dots and a decimal comma", () => {
    expect(parseAmountMinor("1.234,56")).toBe(123456);
    expect(parseAmountMinor("-12,5")).toBe(-1250);
    expect(parseAmountMinor("1.234.567")).toBe(123456700);
    expect(parseAmountMinor("0,07")).toBe(7);
  });

  it("reads English amounts the same way", () => {
    expect(parseAmountMinor("1,234.56")).toBe(123456);
    expect(parseAmountMinor("1234.5")).toBe(123450);
    expect(parseAmountMinor("-3")).toBe(-300);
  });

  it("refuses what is not an amount rather than guessing", () => {
    expect(parseAmountMinor("12,345,6")).toBeNull();
    expect(parseAmountMinor("1,2,3")).toBeNull();
    expect(parseAmountMinor("zwölf")).toBeNull();
    expect(parseAmountMinor("1.234,567")).toBeNull();
  });
});
