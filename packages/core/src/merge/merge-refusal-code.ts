import { z } from "zod";
import { MERGE_REFUSALS } from "./check-merge.ts";
import { UNMERGE_REFUSALS } from "./check-unmerge.ts";

/** Why a merge or its undo was refused, sent with the error for the console to word. */
export const mergeRefusalCodeSchema = z
  .enum([...MERGE_REFUSALS, ...UNMERGE_REFUSALS])
  .describe("The rule that refused a merge or an undo (checkMerge, checkUnmerge, mayUndoMerge)");
export type MergeRefusalCodeAny = z.infer<typeof mergeRefusalCodeSchema>;
