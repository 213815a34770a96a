import {
  CUSTOMER_CHANNELS,
  figure,
  PRIORITIES,
  share,
  SLA_BREACHES_LISTED,
  type Figure,
  type ReportPeriod,
  type ResponseTargets,
  type SlaBreach,
} from "@emma/core";
import { sql, type Kysely, type RawBuilder } from "kysely";
import type { Database } from "../../db/schema.ts";
import {
  type FactFilter,
  clockJoin,
  clockMinutes,
  type SqlClock,
  idsIf,
  IS_CONTACT,
  narrowedTo,
  responseTargetRows,
} from "./report-sql.ts";

interface SlaProps {
  period: ReportPeriod;
  targets: ResponseTargets;
  clock: SqlClock;
  now: Date;
  filter: FactFilter;
  listed: boolean;
}

/**
 * Core's `slaReport` and `slaBreachList` (the definition is written down there), judged by the
 * database by the report's clock (calendar time, or the desk's open stretches). The differential
 * test holds both equal.
 */
function judged({ period, targets, clock, now, filter }: SlaProps): RawBuilder<unknown> {
  return sql`
    with timed as (
      select c.id, c.customer_id, c.channel, c.priority, c.created_at, c.first_response_at, t.minutes as target,
        ${clockMinutes(clock, sql`c.created_at`, sql`coalesce(c.first_response_at, ${now}::timestamptz)`)} as elapsed
      from conversations c
      join ${responseTargetRows(targets)} t (channel, priority, minutes) on t.channel = c.channel and t.priority = c.priority
      ${clockJoin(clock)}
      where ${IS_CONTACT} and c.created_at >= ${period.start} and c.created_at < ${period.end} ${narrowedTo(filter)}
    )
    select *, elapsed > target as late from timed where first_response_at is not null or elapsed > target
  `;
}

export async function slaFigures(db: Kysely<Database>, props: SlaProps): Promise<Figure[]> {
  const order = sql`c.created_at, c.id`;
  const { rows } = await sql<{
    channel: string | null;
    priority: string | null;
    met: number;
    breached: number;
    met_ids: string[];
    breached_ids: string[];
  }>`
    select c.channel, c.priority, count(*) filter (where not c.late)::int as met,
      count(*) filter (where c.late)::int as breached,
      ${idsIf(props.listed, order, sql`not c.late`)} as met_ids,
      ${idsIf(props.listed, order, sql`c.late`)} as breached_ids
    from (${judged(props)}) c
    group by grouping sets ((c.channel, c.priority), (c.channel), ())
  `.execute(db);
  const byKey = new Map(rows.map((row) => [`${row.channel ?? "all"}|${row.priority ?? "all"}`, row]));
  const keys: [string, string][] = [
    ["all", "all"],
    ...CUSTOMER_CHANNELS.flatMap((channel) => [
      [channel, "all"] as [string, string],
      ...PRIORITIES.map((priority): [string, string] => [channel, priority]),
    ]),
  ];
  return keys.flatMap(([channel, priority]) => {
    const key = `${channel}|${priority}`;
    const row = byKey.get(key);
    const met = row?.met ?? 0;
    const breached = row?.breached ?? 0;
    const inTime = row?.met_ids ?? [];
    const late = row?.breached_ids ?? [];
    const labels = { channel, priority };
    return [
      figure(`sla|${key}|share`, labels, "share", share(met, met + breached), [...late, ...inTime]),
      figure(`sla|${key}|met`, labels, "count", met, inTime),
      figure(`sla|${key}|breached`, labels, "count", breached, late),
    ];
  });
}

/** The breaches of the period, furthest past the target first: as many as a report lists. */
export async function slaBreaches(db: Kysely<Database>, props: SlaProps): Promise<SlaBreach[]> {
  const { rows } = await sql<{
    id: string;
    customer_id: string | null;
    channel: SlaBreach["channel"];
    priority: SlaBreach["priority"];
    created_at: Date;
    first_response_at: Date | null;
    target: number;
    overdue: number;
  }>`
    select c.id, c.customer_id, c.channel, c.priority, c.created_at, c.first_response_at, c.target,
      c.elapsed - c.target as overdue
    from (${judged(props)}) c
    where c.late
    order by overdue desc, c.created_at, c.id
    limit ${SLA_BREACHES_LISTED}
  `.execute(db);
  return rows.map((row) => ({
    conversationId: row.id,
    customerId: row.customer_id,
    channel: row.channel,
    priority: row.priority,
    createdAt: new Date(row.created_at),
    targetMinutes: row.target,
    firstResponseAt: row.first_response_at === null ? null : new Date(row.first_response_at),
    overdueMinutes: row.overdue,
  }));
}
