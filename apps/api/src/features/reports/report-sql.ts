import type { ReportFilter } from "@emma/core";
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

/**
 * Calendar minutes from one instant to another, never negative (core's `calendarClock`). Business
 * hours are a walk over the desk's calendar, which core's `businessClock` does instead.
 */
export function calendarMinutes(from: RawBuilder<unknown>, to: RawBuilder<unknown>): RawBuilder<unknown> {
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
