import { describe, expect, it } from "vitest";
import { changeTags, tagSchema } from "./tags.ts";

describe("tagSchema", () => {
  it("makes what agents type into one tag", () => {
    expect(tagSchema.parse("  Kündigung ")).toBe("kündigung");
    expect(tagSchema.parse("Karte   gesperrt")).toBe("karte gesperrt");
    expect(tagSchema.parse("VIP")).toBe("vip");
  });

  it("refuses empty, overlong and punctuation-led tags with a reason", () => {
    expect(tagSchema.safeParse("   ").success).toBe(false);
    expect(tagSchema.safeParse("x".repeat(41)).success).toBe(false);
    const result = tagSchema.safeParse("#urgent");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/starts with a letter or digit/);
  });
});

describe("changeTags", () => {
  it("adds each tag once and keeps the order", () => {
    expect(changeTags(["vip", "karte"], ["karte", "betrug"], [])).toEqual(["vip", "karte", "betrug"]);
  });

  it("removes what is asked even if it is added in the same change", () => {
    expect(changeTags(["vip", "karte"], ["betrug"], ["vip", "betrug"])).toEqual(["karte"]);
  });
});
