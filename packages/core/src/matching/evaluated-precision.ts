import { z } from "zod";
import { measuredEvaluation } from "./matcher-evaluation.ts";

/**
 * What the labelled evaluation (bench/match-evaluation.ts --write) measured for the current
 * matcher: precision and recall of suggestions at each score threshold. Regenerated whenever the
 * scoring changes; an admin may let Emma merge on its own only from a threshold listed here with a
 * precision of at least AUTO_MERGE_MIN_PRECISION.
 */
export const evaluatedThresholdSchema = z.object({
  threshold: z.number().min(0).max(1).describe("Pairs scoring at least this were suggested"),
  precision: z.number().min(0).max(1).describe("Share of the suggested pairs that are one person"),
  recall: z.number().min(0).max(1).describe("Share of all true duplicate pairs that were suggested"),
  suggested: z
    .number()
    .int()
    .min(0)
    .describe("How many pairs were suggested: what the precision is a share of"),
});
export type EvaluatedThreshold = z.infer<typeof evaluatedThresholdSchema>;

export const matcherEvaluationSchema = z.object({
  measuredAt: z.iso.datetime().describe("When the figures were taken"),
  pairs: z.number().int().min(0).describe("Labelled pairs behind the figures: every pair the matcher scored"),
  thresholds: z.array(evaluatedThresholdSchema).describe("Only thresholds that suggested at least one pair"),
});
export type MatcherEvaluation = z.infer<typeof matcherEvaluationSchema>;

export const AUTO_MERGE_MIN_PRECISION = 0.999;
/**
 * A precision of 0.999 is one wrong pair in a thousand: over fewer suggestions it cannot be told
 * from chance (4 right of 4 is "1.000").
 */
export const AUTO_MERGE_MIN_SUGGESTIONS = 1000;

/** The stored evaluation of the current matcher; null until one is written: nothing merges on a score alone. */
export const MATCHER_EVALUATION: MatcherEvaluation | null = matcherEvaluationSchema
  .nullable()
  .parse(measuredEvaluation);

/**
 * Whether merging on a score alone from `threshold` on is backed by the evaluation: the nearest
 * evaluated threshold at or below it must have reached the precision over enough suggestions to
 * measure it (a higher threshold is at least as precise).
 */
export function mayAutoMergeFrom(
  threshold: number,
  evaluation: MatcherEvaluation | null = MATCHER_EVALUATION,
): boolean {
  if (!evaluation) return false;
  const backing = evaluation.thresholds
    .filter((row) => row.threshold <= threshold)
    .sort((a, b) => b.threshold - a.threshold)[0];
  return (
    backing !== undefined &&
    backing.precision >= AUTO_MERGE_MIN_PRECISION &&
    backing.suggested >= AUTO_MERGE_MIN_SUGGESTIONS
  );
}
