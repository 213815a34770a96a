import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatIban, germanIban, isValidIban } from "./iban.ts";

describe("germanIban", () => {
  it("reproduces the textbook example", () => {
    expect(germanIban("0532013000")).toBe("DE89370400440532013000");
    expect(formatIban("DE89370400440532013000")).toBe("DE89 3704 0044 0532 0130 00");
  });

  it("always yields 22 characters that pass mod 97", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{1,10}$/), fc.stringMatching(/^\d{8}$/), (account, bank) => {
        const iban = germanIban(account, bank);
        expect(iban).toMatch(/^DE\d{20}$/);
        expect(isValidIban(iban)).toBe(true);
      }),
    );
  });

  it("detects a changed digit", () => {
    expect(isValidIban("DE89370400440532013001")).toBe(false);
    expect(isValidIban("DE89 3704 0044 0532 0130 00")).toBe(true);
    expect(() => germanIban("12345678901")).toThrow(RangeError);
  });
});
