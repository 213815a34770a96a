import { describe, expect, it } from "vitest";
import {
  OPEN_BY_DEFAULT,
  SHARE,
  agentLayoutSchema,
  sectionOpen,
  shareAfterKey,
  shareAtPointer,
  storedLayoutsSchema,
} from "./customer360-layout.ts";

describe("the separator between the 360 and the timeline", () => {
  it("moves by the arrow and page keys and stops at both ends", () => {
    expect(shareAfterKey(45, "ArrowUp")).toBe(40);
    expect(shareAfterKey(45, "ArrowDown")).toBe(50);
    expect(shareAfterKey(45, "PageDown")).toBe(60);
    expect(shareAfterKey(SHARE.min, "ArrowUp")).toBe(SHARE.min);
    expect(shareAfterKey(SHARE.max - 2, "PageDown")).toBe(SHARE.max);
    expect(shareAfterKey(45, "Home")).toBe(SHARE.min);
    expect(shareAfterKey(45, "End")).toBe(SHARE.max);
    expect(shareAfterKey(45, "Enter")).toBeNull();
  });

  it("follows the pointer, and always leaves the timeline a quarter of the column", () => {
    expect(shareAtPointer(300, 100, 800)).toBe(25);
    expect(shareAtPointer(890, 100, 800)).toBe(SHARE.max);
    expect(shareAtPointer(100, 100, 800)).toBe(SHARE.min);
    expect(SHARE.max).toBeLessThanOrEqual(75);
  });
});

describe("the remembered sections", () => {
  it("open as the agent left them, as by default otherwise", () => {
    const layout = agentLayoutSchema.parse({ open: { products: true, identities: false } });
    expect(sectionOpen(layout, "products")).toBe(true);
    expect(sectionOpen(layout, "identities")).toBe(false);
    expect(sectionOpen(layout, "consents")).toBe(OPEN_BY_DEFAULT.consents);
    expect(sectionOpen(undefined, "identities")).toBe(true);
  });

  it("do not take whatever else is in localStorage", () => {
    expect(storedLayoutsSchema.safeParse({ byAgent: { a: { open: { products: "yes" } } } }).success).toBe(
      false,
    );
    expect(storedLayoutsSchema.safeParse({ byAgent: { a: { open: {}, share: 99 } } }).success).toBe(false);
    expect(storedLayoutsSchema.safeParse("{}").success).toBe(false);
  });
});
