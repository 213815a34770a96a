import { sql, type Kysely, type RawBuilder } from "kysely";
import type { Database } from "../../db/schema.ts";
import {
  groupKey,
  groupOf,
  inEitherPeriod,
  perGroupAndTotal,
  periodOf,
  type BreakdownScope,
  type GroupKey,
  type PeriodName,
} from "./breakdown-sql.ts";
import { clockJoin, clockMinutes, IS_CONTACT, narrowedTo, type SqlClock } from "./report-sql.ts";

type TimedMeasure = "contacts" | "firstResponse" | "resolution";

export interface TimesRow {
  key: GroupKey;
  period: PeriodName;
  measure: TimedMeasure;
  count: number;
  median: number | null;
  p90: number | null;
}

/**
 * Contacts in (created in the period, as the contacts report counts them), and the response times
 * report's samples: first response and resolution in minutes for contacts first answered or
 * resolved within the period, median and 90th percentile by nearest rank (`percentile_disc`).
 */
export async function breakdownTimes(
  db: Kysely<Database>,
  props: { scope: BreakdownScope; clock: SqlClock },
): Promise<TimesRow[]> {
  const { scope, clock } = props;
  const { periods, by, teamId } = scope;
  const sample = (measure: TimedMeasure, at: RawBuilder<unknown>) => sql`
    select ${groupOf(by)} as g, ${measure}::text as measure, ${periodOf(at, periods)} as period,
      ${clockMinutes(clock, sql`c.created_at`, at)} as minutes
    from conversations c ${clockJoin(clock)}
    where ${IS_CONTACT} and ${inEitherPeriod(at, periods)} ${narrowedTo({ teamId })}
  `;
  const { rows } = await sql<{
    g: string | null;
    total: number;
    measure: TimedMeasure;
    period: PeriodName;
    count: number;
    median: number | null;
    p90: number | null;
  }>`
    select f.g, grouping(f.g)::int as total, f.measure, f.period, count(*)::int as count,
      percentile_disc(0.5) within group (order by f.minutes) as median,
      percentile_disc(0.9) within group (order by f.minutes) as p90
    from (
      ${sample("contacts", sql.ref("c.created_at"))}
      union all
      ${sample("firstResponse", sql.ref("c.first_response_at"))}
      union all
      ${sample("resolution", sql.ref("c.resolved_at"))}
    ) f
    ${perGroupAndTotal([sql.ref("f.measure"), sql.ref("f.period")])}
  `.execute(db);
  return rows.map((row) => ({
    key: groupKey(row),
    period: row.period,
    measure: row.measure,
    count: row.count,
    median: row.median,
    p90: row.p90,
  }));
}
