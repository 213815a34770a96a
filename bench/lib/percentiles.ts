/** Latency summary of one measured series, in the unit the samples were taken in (ms here). */
export interface Summary {
  n: number;
  p50: number;
  p99: number;
  mean: number;
  max: number;
}

/** Nearest-rank percentile of an ascending array: no interpolation, so p99 is a value that was seen. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? Number.NaN;
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const sum = sorted.reduce((total, value) => total + value, 0);
  return {
    n: sorted.length,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    mean: sorted.length ? sum / sorted.length : Number.NaN,
    max: sorted.at(-1) ?? Number.NaN,
  };
}

export function formatSummary(summary: Summary, unit = "ms"): string {
  const f = (value: number) => value.toFixed(2);
  return `n=${summary.n} p50=${f(summary.p50)} p99=${f(summary.p99)} mean=${f(summary.mean)} max=${f(summary.max)} ${unit}`;
}
