import type { ReportPeriods, ResponseFact, SlaFact } from "@emma/core";
import { sql, type Kysely, type RawBuilder } from "kysely";
import type { Database } from "../../db/schema.ts";
import { epochMs, IS_CONTACT, narrowedTo, type FactFilter } from "./report-sql.ts";

/*
 * The contacts a response-time or SLA report of both periods measures, for core's definitions with
 * the business clock: business hours are a calendar of the desk's own (openings, holidays, DST)
 * that core walks, so the database only narrows the rows. Instants come as epoch milliseconds
 * (float8): tens of thousands of them parse several times faster than timestamps, and the report's
 * budget is half a second. Only the columns each definition reads.
 */

const at = (column: string) => sql<number | null>`${epochMs(sql.ref(column))}::float8`;
const date = (ms: number) => new Date(ms);
const dateOrNull = (ms: number | null) => (ms === null ? null : new Date(ms));

function inPeriods(column: string, periods: ReportPeriods): RawBuilder<unknown> {
  const ref = sql.ref(column);
  return sql`(${ref} >= ${periods.previous.start} and ${ref} < ${periods.current.end})`;
}

/** Contacts first answered or resolved within either period. */
export async function readResponseTimeFacts(
  db: Kysely<Database>,
  props: { periods: ReportPeriods; filter: FactFilter },
): Promise<ResponseFact[]> {
  const { periods, filter } = props;
  const { rows } = await sql<{
    id: string;
    channel: ResponseFact["channel"];
    team_id: string | null;
    assignee_id: string | null;
    created: number;
    last_inbound: number;
    first_response: number | null;
    resolved: number | null;
  }>`
    select c.id, c.channel, c.team_id, c.assignee_id, ${at("c.created_at")} as created,
      ${at("c.last_inbound_at")} as last_inbound, ${at("c.first_response_at")} as first_response,
      ${at("c.resolved_at")} as resolved
    from conversations c
    where ${IS_CONTACT} ${narrowedTo(filter)}
      and (${inPeriods("c.first_response_at", periods)} or ${inPeriods("c.resolved_at", periods)})
  `.execute(db);
  return rows.map((row) => ({
    id: row.id,
    channel: row.channel,
    teamId: row.team_id,
    assigneeId: row.assignee_id,
    createdAt: date(row.created),
    lastInboundAt: date(row.last_inbound),
    firstResponseAt: dateOrNull(row.first_response),
    resolvedAt: dateOrNull(row.resolved),
  }));
}

/** Contacts created within either period. */
export async function readSlaFacts(
  db: Kysely<Database>,
  props: { periods: ReportPeriods; filter: FactFilter },
): Promise<SlaFact[]> {
  const { periods, filter } = props;
  const { rows } = await sql<{
    id: string;
    customer_id: string | null;
    channel: SlaFact["channel"];
    priority: SlaFact["priority"];
    team_id: string | null;
    assignee_id: string | null;
    created: number;
    last_inbound: number;
    first_response: number | null;
  }>`
    select c.id, c.customer_id, c.channel, c.priority, c.team_id, c.assignee_id, ${at("c.created_at")} as created,
      ${at("c.last_inbound_at")} as last_inbound, ${at("c.first_response_at")} as first_response
    from conversations c
    where ${IS_CONTACT} ${narrowedTo(filter)} and ${inPeriods("c.created_at", periods)}
  `.execute(db);
  return rows.map((row) => ({
    id: row.id,
    customerId: row.customer_id,
    channel: row.channel,
    priority: row.priority,
    teamId: row.team_id,
    assigneeId: row.assignee_id,
    createdAt: date(row.created),
    lastInboundAt: date(row.last_inbound),
    firstResponseAt: dateOrNull(row.first_response),
  }));
}
