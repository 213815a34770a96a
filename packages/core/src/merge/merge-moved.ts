import { z } from "zod";
import { mergeableTableSchema } from "./mergeable-table.ts";

/**
 * What the API stores in merges.moved: an explanation for people, not a list of ids. Unmerge does not
 * need ids because every row keeps its origin customer; lists of moved events could also be huge.
 */
export const mergeMovedSchema = z.object({
  counts: z
    .record(mergeableTableSchema, z.number().int().nonnegative())
    .describe("How many rows of each table moved from the absorbed customer to the survivor"),
  absorbedName: z.string().describe("The absorbed customer's display name when merged, for the history"),
  survivorTagsBefore: z
    .array(z.string())
    .describe("The survivor's tags before the absorbed customer's tags were added; unmerge restores them"),
});
export type MergeMoved = z.infer<typeof mergeMovedSchema>;
