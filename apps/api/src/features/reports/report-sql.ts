import {
  CUSTOMER_CHANNELS,
  PRIORITIES,
  type OpenStretches,
  type ReportFilter,
  type ResponseTargets,
} from "@emma/core";
import { sql, type RawBuilder } from "kysely";

/** A report for one team or agent; neither: everyone's. */
export type FactFilter = ReportFilter;

/** Core's `isContact`: the customer wrote or called at least once, on a customer channel. */
export const IS_CONTACT = sql`c.last_inbound_at is not null and c.channel <> 'internal'`;

/** The team's or agent's conversations only, when the report is narrowed to one. */
export function narrowedTo(filter: FactFilter): RawBuilder<unknown> {
  const team = filter.teamId !== undefined ? sql`and c.team_id = ${filter.teamId}` : sql``;
  const agent = filter.agentId !== undefined ? sql`and c.assignee_id = ${filter.agentId}` : sql``;
  return sql`${team} ${agent}`;
}

/**
 * An instant in whole milliseconds, cut as JavaScript's Date cuts it: durations computed from
 * these are the very numbers core's clock gives for the same instants.
 */
export function epochMs(instant: RawBuilder<unknown>): RawBuilder<unknown> {
  return sql`floor(extract(epoch from ${instant}) * 1000)`;
}

/** Calendar minutes from one instant to another, never negative (core's `calendarClock`). */
function calendarMinutes(from: RawBuilder<unknown>, to: RawBuilder<unknown>): RawBuilder<unknown> {
  return sql`greatest(0, ${epochMs(to)} - ${epochMs(from)})::float8 / 60000`;
}

/**
 * The conversations behind a group, in `order`, only when the caller lists them (a drill-down):
 * a report page needs the numbers alone, and thousands of ids would cost more than the counting.
 */
export function idsIf(listed: boolean, order: RawBuilder<unknown>, where = sql`true`): RawBuilder<string[]> {
  return listed
    ? sql<
        string[]
      >`coalesce(array_agg(c.id::text order by ${order}) filter (where ${where}), array[]::text[])`
    : sql<string[]>`array[]::text[]`;
}

/** How a report measures durations: calendar time, or only the desk's open stretches. */
export type SqlClock = { basis: "calendar" } | { basis: "business"; stretches: OpenStretches };

/**
 * The desk's open stretches as three arrays beside every row (`h`): what `clockMinutes` reads in
 * business hours. Nothing to join on the calendar, or when the desk is never open.
 */
export function clockJoin(clock: SqlClock): RawBuilder<unknown> {
  if (clock.basis === "calendar" || clock.stretches.opens.length === 0) return sql``;
  const { opens, closes, openBefore } = clock.stretches;
  return sql`cross join (select ${opens}::float8[] as opens, ${closes}::float8[] as closes,
    ${openBefore}::float8[] as before) h`;
}

/**
 * Open milliseconds from the stretches' start to `at`: the last stretch opened by then, found by
 * `width_bucket`'s binary search, as core's `businessClock` finds it.
 */
function openUntil(at: RawBuilder<unknown>): RawBuilder<unknown> {
  const i = sql`width_bucket(${at}, h.opens)`;
  return sql`(case when ${i} = 0 then 0 else h.before[${i}] + least(${at}, h.closes[${i}]) - h.opens[${i}] end)`;
}

/**
 * Minutes from one instant to another by the report's clock, never negative: core's
 * `calendarClock`, or its `businessClock` over stretches covering both instants.
 */
export function clockMinutes(
  clock: SqlClock,
  from: RawBuilder<unknown>,
  to: RawBuilder<unknown>,
): RawBuilder<unknown> {
  if (clock.basis === "calendar") return calendarMinutes(from, to);
  if (clock.stretches.opens.length === 0) return sql`0::float8`;
  const a = sql`${epochMs(from)}::float8`;
  const b = sql`${epochMs(to)}::float8`;
  return sql`greatest(0, ${openUntil(b)} - ${openUntil(a)})::float8 / 60000`;
}

/** The admins' response targets as rows (channel, priority, minutes) to join conversations on. */
export function responseTargetRows(targets: ResponseTargets): RawBuilder<unknown> {
  return sql`(values ${sql.join(
    CUSTOMER_CHANNELS.flatMap((channel) =>
      PRIORITIES.map(
        (priority) => sql`(${channel}::text, ${priority}::text, ${targets[channel][priority]}::float8)`,
      ),
    ),
  )})`;
}
