import { figure, type Figure, type ReportPeriod } from "@emma/core";
import { sql, type Kysely, type RawBuilder } from "kysely";
import type { Database } from "../../db/schema.ts";
import {
  type FactFilter,
  type SqlClock,
  clockJoin,
  clockMinutes,
  idsIf,
  IS_CONTACT,
  narrowedTo,
} from "./report-sql.ts";

const MEASURES = ["firstResponse", "resolution"] as const;

/**
 * Core's `responseTimesReport` (the definition is written down there), measured by the report's
 * clock and ranked by the database: `percentile_disc` is core's nearest rank. The differential
 * test holds both equal. `earliest`: the oldest creation measured, which business hours' stretches
 * must reach back to.
 */
export async function responseTimeFigures(
  db: Kysely<Database>,
  props: { period: ReportPeriod; clock: SqlClock; filter: FactFilter; listed: boolean },
): Promise<{ figures: Figure[]; earliest: Date | null }> {
  const { period, clock, filter, listed } = props;
  const sample = (measure: (typeof MEASURES)[number], at: RawBuilder<unknown>) => sql`
    select ${measure}::text as measure, count(*)::int as measured,
      percentile_disc(0.5) within group (order by c.minutes) as median,
      percentile_disc(0.9) within group (order by c.minutes) as p90, min(c.created_at) as earliest,
      ${idsIf(listed, sql`c.minutes, c.id`)} as ids
    from (
      select c.id, c.created_at, ${clockMinutes(clock, sql`c.created_at`, at)} as minutes
      from conversations c ${clockJoin(clock)}
      where ${IS_CONTACT} and ${at} >= ${period.start} and ${at} < ${period.end} ${narrowedTo(filter)}
    ) c
  `;
  const { rows } = await sql<{
    measure: string;
    measured: number;
    median: number | null;
    p90: number | null;
    ids: string[];
    earliest: Date | null;
  }>`
    ${sample("firstResponse", sql.ref("c.first_response_at"))}
    union all
    ${sample("resolution", sql.ref("c.resolved_at"))}
  `.execute(db);
  const earliest = rows.reduce<Date | null>((first, row) => {
    const at = row.earliest === null ? null : new Date(row.earliest);
    return at !== null && (first === null || at < first) ? at : first;
  }, null);
  const figures = MEASURES.flatMap((measure) => {
    const row = rows.find((r) => r.measure === measure);
    const ids = row?.ids ?? [];
    return [
      figure(`${measure}|count`, { measure }, "count", row?.measured ?? 0, ids),
      figure(`${measure}|median`, { measure, statistic: "median" }, "minutes", row?.median ?? null, ids),
      figure(`${measure}|p90`, { measure, statistic: "p90" }, "minutes", row?.p90 ?? null, ids),
    ];
  });
  return { figures, earliest };
}
