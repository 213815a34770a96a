export const JOURNEY_SPANS = ["30d", "90d", "all"] as const;
export type JourneySpan = (typeof JOURNEY_SPANS)[number];

const DAY_MS = 24 * 60 * 60_000;

export interface TimeRange {
  from: Date;
  to: Date;
}

/**
 * The time range a journey shows, ending now. "all" starts at the customer's first conversation;
 * a day is the least it spans, so a customer who wrote a minute ago still gets a readable bar.
 */
export function journeyRange(span: JourneySpan, now: Date, firstCreatedAt: Date | null): TimeRange {
  switch (span) {
    case "30d":
      return { from: new Date(now.getTime() - 30 * DAY_MS), to: now };
    case "90d":
      return { from: new Date(now.getTime() - 90 * DAY_MS), to: now };
    case "all": {
      const dayBefore = now.getTime() - DAY_MS;
      const first = firstCreatedAt === null ? dayBefore : Math.min(firstCreatedAt.getTime(), dayBefore);
      return { from: new Date(first), to: now };
    }
    default: {
      const unreachable: never = span;
      throw new Error(`unknown journey span ${String(unreachable)}`);
    }
  }
}

/** Where a time sits in the range, from 0 (its start) to 1 (its end), clamped. */
export function shareOf(range: TimeRange, at: Date): number {
  const span = range.to.getTime() - range.from.getTime();
  if (span <= 0) return 0;
  return Math.min(1, Math.max(0, (at.getTime() - range.from.getTime()) / span));
}
