import { describe, expect, it } from "vitest";
import { DRAFT_MAX_AGE_MS, freshDrafts } from "./fresh-drafts.ts";

describe("freshDrafts", () => {
  const now = 1_000_000_000_000;

  it("keeps recent drafts and drops old ones", () => {
    const recent = { reply: "Hallo", note: "", updatedAt: now - 1000 };
    const old = { reply: "alt", note: "", updatedAt: now - DRAFT_MAX_AGE_MS - 1 };
    expect(freshDrafts({ a: recent, b: old }, now)).toEqual({ a: recent });
  });

  it("drops whatever is malformed in storage", () => {
    expect(freshDrafts({ a: { reply: 1 }, b: null }, now)).toEqual({});
    expect(freshDrafts("garbage", now)).toEqual({});
  });
});
