import type { ResponseTargets } from "@emma/core";
import { sql, type Kysely } from "kysely";
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
import {
  clockJoin,
  clockMinutes,
  IS_CONTACT,
  narrowedTo,
  type SqlClock,
  responseTargetRows,
} from "./report-sql.ts";

export interface SlaRow {
  key: GroupKey;
  period: PeriodName;
  met: number;
  breached: number;
}

/**
 * The SLA report's judgement (sla-figures.ts), counted per team or agent: contacts created within
 * the period, met when first answered within the target for their channel and priority (calendar
 * time), breached when answered late or still unanswered past the target at `now`; unanswered and
 * still within target: not judged yet.
 */
export async function breakdownSla(
  db: Kysely<Database>,
  props: { scope: BreakdownScope; targets: ResponseTargets; clock: SqlClock; now: Date },
): Promise<SlaRow[]> {
  const { scope, targets, clock, now } = props;
  const { periods, by, teamId } = scope;
  const { rows } = await sql<{
    g: string | null;
    total: number;
    period: PeriodName;
    met: number;
    breached: number;
  }>`
    with timed as (
      select ${groupOf(by)} as g, ${periodOf(sql`c.created_at`, periods)} as period, c.first_response_at,
        t.minutes as target,
        ${clockMinutes(clock, sql`c.created_at`, sql`coalesce(c.first_response_at, ${now}::timestamptz)`)} as elapsed
      from conversations c
      join ${responseTargetRows(targets)} t (channel, priority, minutes) on t.channel = c.channel and t.priority = c.priority
      ${clockJoin(clock)}
      where ${IS_CONTACT} and ${inEitherPeriod(sql`c.created_at`, periods)} ${narrowedTo({ teamId })}
    )
    select f.g, grouping(f.g)::int as total, f.period,
      count(*) filter (where f.elapsed <= f.target)::int as met,
      count(*) filter (where f.elapsed > f.target)::int as breached
    from timed f
    where f.first_response_at is not null or f.elapsed > f.target
    ${perGroupAndTotal([sql.ref("f.period")])}
  `.execute(db);
  return rows.map((row) => ({
    key: groupKey(row),
    period: row.period,
    met: row.met,
    breached: row.breached,
  }));
}
