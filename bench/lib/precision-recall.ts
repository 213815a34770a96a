/** One scored pair and whether it is truly one person. */
export interface ScoredPair {
  score: number;
  same: boolean;
}

export interface ThresholdFigures {
  threshold: number;
  suggested: number;
  truePositives: number;
  falsePositives: number;
  /** null: nothing was suggested, so there is nothing to be precise about. */
  precision: number | null;
  recall: number;
  f1: number | null;
}

/** Share of the suggestions that are right; null when there are none. */
export function precisionOf(truePositives: number, falsePositives: number): number | null {
  const suggested = truePositives + falsePositives;
  return suggested === 0 ? null : truePositives / suggested;
}

/** Share of all true pairs (found by blocking or not) that were suggested. */
export function recallOf(truePositives: number, allTruePairs: number): number {
  return allTruePairs === 0 ? 1 : truePositives / allTruePairs;
}

export function f1Of(precision: number | null, recall: number): number | null {
  if (precision === null) return null;
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

/**
 * Precision, recall and F1 when every pair scoring at least the threshold is suggested. Pairs that
 * were never scored (blocking missed them) count against recall through `allTruePairs`.
 */
export function figuresAt(
  scored: readonly ScoredPair[],
  allTruePairs: number,
  threshold: number,
): ThresholdFigures {
  let truePositives = 0;
  let falsePositives = 0;
  for (const pair of scored) {
    if (pair.score < threshold) continue;
    if (pair.same) truePositives++;
    else falsePositives++;
  }
  const precision = precisionOf(truePositives, falsePositives);
  const recall = recallOf(truePositives, allTruePairs);
  return {
    threshold,
    suggested: truePositives + falsePositives,
    truePositives,
    falsePositives,
    precision,
    recall,
    f1: f1Of(precision, recall),
  };
}
