import { describe, expect, it } from "vitest";
import { LONG_BODY, isLongBody } from "./long-body.ts";

const lines = (count: number) => Array.from({ length: count }, (_, i) => `Zeile ${String(i + 1)}`).join("\n");

describe("isLongBody", () => {
  it("keeps a short message whole", () => {
    expect(isLongBody("Meine Karte ist gesperrt.")).toBe(false);
    expect(isLongBody(lines(LONG_BODY.lines))).toBe(false);
    expect(isLongBody("x".repeat(LONG_BODY.characters))).toBe(false);
  });

  it("collapses a message of many lines or many characters", () => {
    expect(isLongBody(lines(LONG_BODY.lines + 1))).toBe(true);
    expect(isLongBody(lines(LONG_BODY.lines + 1).replace(/\n/g, "\r\n"))).toBe(true);
    expect(isLongBody("x".repeat(LONG_BODY.characters + 1))).toBe(true);
  });

  it("does not count the blank lines a mail client leaves at the end", () => {
    expect(isLongBody(`${lines(LONG_BODY.lines)}\n\n\n\n`)).toBe(false);
  });
});
