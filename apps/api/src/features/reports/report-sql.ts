import { sql, type RawBuilder } from "kysely";

/** A report for one team or agent; neither: everyone's. */
export interface FactFilter {
  teamId?: string | undefined;
  agentId?: string | undefined;
}

/**
 * A contact is a conversation the customer started or took part in (they wrote or called at least
 * once). A conversation reopened by a new message stays one contact: the customer did not start
 * over. Our own outreach that the customer never answered is not a contact; internal
 * conversations are not contacts either.
 */
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
 * Calendar minutes from one instant to another, never negative (core's calendar clock). Business
 * hours are not configurable yet; when they are, their clock belongs here too.
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
