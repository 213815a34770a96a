import type { TimeRange } from "@emma/core";

/**
 * Evenly spaced times for the axis: as many as fit (about one per 140 drawing units), never fewer
 * than two, so the range's ends are always named.
 */
export function journeyTicks(range: TimeRange, width: number): Date[] {
  const count = Math.max(2, Math.floor(width / 140) + 1);
  const from = range.from.getTime();
  const step = (range.to.getTime() - from) / (count - 1);
  return Array.from({ length: count }, (_, i) => new Date(from + i * step));
}
