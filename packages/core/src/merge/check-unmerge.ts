export const UNMERGE_REFUSALS = ["already-undone", "survivor-merged-away", "not-yours", "erased"] as const;
export type UnmergeRefusalCode = (typeof UNMERGE_REFUSALS)[number];

/** Why a merge cannot be undone; `message` is a sentence for the agent. */
export interface UnmergeRefusal {
  code: UnmergeRefusalCode;
  message: string;
}

/** What an unmerge checks about a merge record and its survivor. */
export interface UnmergeState {
  /** The merge is no longer in effect: undone before. */
  undone: boolean;
  /** The survivor's mergedInto now. */
  survivorMergedInto: string | null;
  /** Either customer was erased: their records hold nothing to give back, and the erasure stands. */
  erased: boolean;
}

export function unmergeRefusal(code: UnmergeRefusalCode): UnmergeRefusal {
  switch (code) {
    case "already-undone":
      return { code, message: "This merge was already undone" };
    case "survivor-merged-away":
      return { code, message: "The surviving customer was merged again since; undo that merge first" };
    case "not-yours":
      return { code, message: "Only the agent who made this merge, or a supervisor, may undo it" };
    case "erased":
      return { code, message: "A customer of this merge was erased; the merge cannot be undone" };
  }
}

/**
 * Undo merges latest first along a chain: if the survivor was merged away since, the rows to give back
 * sit on a third customer, and moving them from there would break that later merge's undo.
 */
export function checkUnmerge(state: UnmergeState): UnmergeRefusal | null {
  if (state.undone) return unmergeRefusal("already-undone");
  if (state.erased) return unmergeRefusal("erased");
  if (state.survivorMergedInto !== null) return unmergeRefusal("survivor-merged-away");
  return null;
}
