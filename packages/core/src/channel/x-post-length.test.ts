import { describe, expect, it } from "vitest";
import { X_POST_LIMIT, xPostLength } from "./x-post-length.ts";

describe("xPostLength", () => {
  it("counts plain Latin text one per character", () => {
    expect(xPostLength("Danke für Ihre Nachricht!")).toMatchObject({ weightedLength: 25, tooLong: false });
  });

  it("counts an emoji and CJK characters twice, as X does", () => {
    expect(xPostLength("ok 👍").weightedLength).toBe(5);
    expect(xPostLength("こんにちは").weightedLength).toBe(10);
  });

  it("counts every URL as 23, however long it is", () => {
    const url = `https://bank.de/${"a".repeat(200)}`;
    expect(xPostLength(`Siehe ${url}`).weightedLength).toBe(6 + 23);
  });

  it("accepts exactly 280 and refuses 281", () => {
    expect(xPostLength("a".repeat(X_POST_LIMIT))).toMatchObject({
      remaining: 0,
      tooLong: false,
      valid: true,
    });
    expect(xPostLength("a".repeat(X_POST_LIMIT + 1))).toMatchObject({
      remaining: -1,
      tooLong: true,
      valid: false,
    });
  });

  it("refuses 141 CJK characters that a plain character count would let through", () => {
    const text = "漢".repeat(141);
    expect(Array.from(text).length).toBeLessThan(X_POST_LIMIT);
    expect(xPostLength(text)).toMatchObject({ weightedLength: 282, tooLong: true });
  });

  it("calls an empty post invalid without calling it too long", () => {
    expect(xPostLength("")).toMatchObject({ weightedLength: 0, tooLong: false, valid: false });
  });
});
