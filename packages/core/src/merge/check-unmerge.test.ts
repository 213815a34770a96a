import { describe, expect, it } from "vitest";
import { checkUnmerge, unmergeRefusal } from "./check-unmerge.ts";

describe("checkUnmerge", () => {
  it("allows a merge in effect whose survivor is still active", () => {
    expect(checkUnmerge({ undone: false, survivorMergedInto: null, erased: false })).toBeNull();
  });

  it("refuses to undo a merge of an erased customer: the erasure stands", () => {
    expect(checkUnmerge({ undone: false, survivorMergedInto: null, erased: true })).toMatchObject({
      code: "erased",
    });
  });

  it("refuses to undo twice", () => {
    expect(checkUnmerge({ undone: true, survivorMergedInto: null, erased: false })).toEqual({
      code: "already-undone",
      message: "This merge was already undone",
    });
  });

  it("asks to undo the later merge of the survivor first", () => {
    expect(checkUnmerge({ undone: false, survivorMergedInto: "c-z", erased: false })).toEqual({
      code: "survivor-merged-away",
      message: "The surviving customer was merged again since; undo that merge first",
    });
  });

  it("explains, when someone else's merge is refused, who may undo it", () => {
    expect(unmergeRefusal("not-yours")).toEqual({
      code: "not-yours",
      message: "Only the agent who made this merge, or a supervisor, may undo it",
    });
  });
});
