import { describe, expect, it } from "vitest";
import { screenPopKey } from "./screen-pop-key.ts";

const key = (k: string, mods: Partial<Record<"altKey" | "ctrlKey" | "metaKey" | "shiftKey", boolean>> = {}) =>
  screenPopKey({ key: k, altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, ...mods });

describe("screenPopKey", () => {
  it("opens with Alt+Enter and dismisses with Alt+Delete", () => {
    expect(key("Enter", { altKey: true })).toBe("open");
    expect(key("Delete", { altKey: true })).toBe("dismiss");
  });

  it("leaves every key an agent types, and the panes' shortcuts, alone", () => {
    for (const typed of ["a", "z", "Enter", "Delete", "Escape", " ", "/"]) expect(key(typed)).toBeNull();
    expect(key("Enter", { ctrlKey: true })).toBeNull();
    expect(key("Enter", { altKey: true, ctrlKey: true })).toBeNull();
    expect(key("a", { altKey: true })).toBeNull();
  });
});
