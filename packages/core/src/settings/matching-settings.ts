import { z } from "zod";
import { mayAutoMergeFrom, type MatcherEvaluation } from "../matching/evaluated-precision.ts";
import { SUGGEST_FROM_SCORE } from "../matching/match-thresholds.ts";

/**
 * What the matcher may do without an agent. autoMergeFromScore: from this likeness score on Emma
 * merges two customers on its own (recorded, undoable); null (the default) never. Only a threshold
 * the evaluation backs (`mayAutoMergeFrom`) may be saved.
 */
export const matchingSettingsSchema = z.object({
  autoMergeFromScore: z
    .number()
    .min(SUGGEST_FROM_SCORE)
    .max(1)
    .nullable()
    .describe("From this score on Emma merges on its own; null: never, an agent decides every pair"),
});
export type MatchingSettings = z.infer<typeof matchingSettingsSchema>;

export const DEFAULT_MATCHING_SETTINGS: MatchingSettings = { autoMergeFromScore: null };

/** Why a threshold may not be saved, in words an admin can act on; null when it may. */
export function matchingSettingsRefusal(
  settings: MatchingSettings,
  evaluation?: MatcherEvaluation | null,
): string | null {
  const threshold = settings.autoMergeFromScore;
  if (threshold === null) return null;
  if (mayAutoMergeFrom(threshold, evaluation)) return null;
  return `Automatic merging from a score of ${String(threshold)} is not backed by the matcher's evaluation: no measured threshold at or below it reached a precision of 0.999. Leave automatic merging off, or choose a threshold the evaluation backs.`;
}
