/**
 * Nearest-rank percentile: the smallest value with at least p % of the sample at or below it. It is
 * always one of the measured values (a real conversation can be shown behind it), and anyone can
 * check it by hand on a sorted list. null for an empty sample.
 */
export function nearestRank(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? null;
}
