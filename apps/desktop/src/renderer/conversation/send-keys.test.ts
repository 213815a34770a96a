import { describe, expect, it } from "vitest";
import { sendKeyOf } from "./send-keys.ts";

const press = (
  modifiers: Partial<Record<"ctrlKey" | "metaKey" | "shiftKey" | "altKey", boolean>>,
  key = "Enter",
) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...modifiers,
});

describe("the reply's send keys", () => {
  it("send with Ctrl+Enter (Cmd+Enter on a Mac) and keep the status", () => {
    expect(sendKeyOf(press({ ctrlKey: true }))).toEqual({ statusAfter: undefined });
    expect(sendKeyOf(press({ metaKey: true }))).toEqual({ statusAfter: undefined });
  });

  it("send and resolve with Shift, send and wait with Alt", () => {
    expect(sendKeyOf(press({ ctrlKey: true, shiftKey: true }))).toEqual({ statusAfter: "resolved" });
    expect(sendKeyOf(press({ ctrlKey: true, altKey: true }))).toEqual({ statusAfter: "pending" });
  });

  it("leave Enter alone, Alt+Enter to the screen pop and an ambiguous press unsent", () => {
    expect(sendKeyOf(press({}))).toBeUndefined();
    expect(sendKeyOf(press({ altKey: true }))).toBeUndefined();
    expect(sendKeyOf(press({ ctrlKey: true, shiftKey: true, altKey: true }))).toBeUndefined();
    expect(sendKeyOf(press({ ctrlKey: true }, "b"))).toBeUndefined();
  });
});
