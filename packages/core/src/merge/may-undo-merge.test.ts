import { describe, expect, it } from "vitest";
import { mayUndoMerge } from "./may-undo-merge.ts";

describe("mayUndoMerge", () => {
  it("lets an agent undo their own merge, not a colleague's", () => {
    expect(mayUndoMerge({ userId: "nina", role: "agent" }, { mergedBy: "nina" })).toBe(true);
    expect(mayUndoMerge({ userId: "nina", role: "agent" }, { mergedBy: "julia" })).toBe(false);
    expect(mayUndoMerge({ userId: "nina", role: "agent" }, { mergedBy: null })).toBe(false);
  });

  it("lets supervisors and admins undo any merge", () => {
    expect(mayUndoMerge({ userId: "stefan", role: "supervisor" }, { mergedBy: "nina" })).toBe(true);
    expect(mayUndoMerge({ userId: "ada", role: "admin" }, { mergedBy: null })).toBe(true);
  });
});
