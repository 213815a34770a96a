import { describe, expect, it } from "vitest";
import { checkUnmerge } from "./check-unmerge.ts";

describe("checkUnmerge", () => {
  it("allows a merge in effect whose survivor is still active", () => {
    expect(checkUnmerge({ undone: false, survivorMergedInto: null })).toBeNull();
  });

  it("refuses to undo twice", () => {
    expect(checkUnmerge({ undone: true, survivorMergedInto: null })).toEqual({
      code: "already-undone",
      message: "This merge was already undone",
    });
  });

  it("asks to undo the later merge of the survivor first", () => {
    expect(checkUnmerge({ undone: false, survivorMergedInto: "c-z" })).toEqual({
      code: "survivor-merged-away",
      message: "The surviving customer was merged again since; undo that merge first",
    });
  });
});
