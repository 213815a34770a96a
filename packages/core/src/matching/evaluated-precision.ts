/**
 * What the labelled evaluation (bench/match-evaluation.ts --write) measured for the current
 * matcher: precision and recall of suggestions at each score threshold. Regenerated whenever the
 * scoring changes; an admin may let Emma merge on its own only from a threshold listed here with a
 * precision of at least AUTO_MERGE_MIN_PRECISION.
 */
export interface EvaluatedThreshold {
  threshold: number;
  precision: number;
  recall: number;
}

export interface MatcherEvaluation {
  /** When the figures were taken, ISO date. */
  measuredAt: string;
  /** Labelled pairs behind the figures. */
  pairs: number;
  thresholds: readonly EvaluatedThreshold[];
}

export const AUTO_MERGE_MIN_PRECISION = 0.999;

/** No evaluation of the current matcher yet: nothing merges on a score alone. */
export const MATCHER_EVALUATION: MatcherEvaluation | null = null;

/**
 * Whether merging on a score alone from `threshold` on is backed by the evaluation: the nearest
 * evaluated threshold at or below it must have reached the precision (a higher threshold is at
 * least as precise).
 */
export function mayAutoMergeFrom(
  threshold: number,
  evaluation: MatcherEvaluation | null = MATCHER_EVALUATION,
): boolean {
  if (!evaluation) return false;
  const backing = evaluation.thresholds
    .filter((row) => row.threshold <= threshold)
    .sort((a, b) => b.threshold - a.threshold)[0];
  return backing !== undefined && backing.precision >= AUTO_MERGE_MIN_PRECISION;
}
