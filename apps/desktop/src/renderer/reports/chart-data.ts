import { CUSTOMER_CHANNELS, type CustomerChannel, type ReportName } from "@emma/core";
import { figureMetric, type ShownFigure } from "./figure-label.ts";

/** The figures a report's chart compares, current beside previous: its headline numbers. */
export function chartFigures(report: ReportName, figures: readonly ShownFigure[]): ShownFigure[] {
  const metric = (wanted: string) => (f: ShownFigure) => figureMetric(f) === wanted;
  switch (report) {
    case "contacts":
      return figures.filter((f) => f.key.endsWith("|total") && f.labels.channel !== undefined);
    case "responseTimes":
      return figures.filter((f) => f.unit === "minutes");
    case "calls":
      return figures.filter((f) => f.labels.outcome !== undefined);
    case "backlog":
      return figures.filter((f) => f.labels.bracket !== undefined);
    case "sla":
      return figures.filter((f) => f.labels.priority === "all" && metric("share")(f));
    case "repeatContacts":
      return figures.filter(
        (f) =>
          f.labels.from !== undefined &&
          metric("count")(f) &&
          ((f.current ?? 0) > 0 || (f.previous ?? 0) > 0),
      );
    case "community":
      return figures.filter((f) => f.unit === "count");
    default: {
      const unknown: never = report;
      throw new Error(`Unknown report ${String(unknown)}`);
    }
  }
}

export interface BucketRow {
  /** The bucket's first day, "YYYY-MM-DD". */
  bucket: string;
  /** The bucket's figure key per channel, for the drill-down. */
  keys: Partial<Record<CustomerChannel, string>>;
  counts: Partial<Record<CustomerChannel, number>>;
}

/** Contacts over time: one row per day or week, a count per channel that had any contact. */
export function contactBuckets(figures: readonly ShownFigure[]): {
  rows: BucketRow[];
  channels: CustomerChannel[];
} {
  const rows = new Map<string, BucketRow>();
  const used = new Set<CustomerChannel>();
  for (const f of figures) {
    const channel = CUSTOMER_CHANNELS.find((c) => c === f.labels.channel);
    const bucket = f.labels.bucket;
    if (channel === undefined || bucket === undefined) continue;
    const row = rows.get(bucket) ?? { bucket, keys: {}, counts: {} };
    row.keys[channel] = f.key;
    row.counts[channel] = f.current ?? 0;
    if ((f.current ?? 0) > 0) used.add(channel);
    rows.set(bucket, row);
  }
  return {
    rows: [...rows.values()].sort((a, b) => a.bucket.localeCompare(b.bucket)),
    channels: CUSTOMER_CHANNELS.filter((c) => used.has(c)),
  };
}
