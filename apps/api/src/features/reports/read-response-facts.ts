import type { ReportPeriods, ResponseFact, SlaFact } from "@emma/core";
import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import { IS_CONTACT, narrowedTo, type FactFilter } from "./report-sql.ts";

/**
 * The contacts a response-time or SLA report of both periods measures, with only the columns those
 * definitions read: created, first answered or resolved within either period. Business hours are
 * a calendar of the desk's own (openings, holidays, DST), which core's clock walks; the database
 * only narrows the rows.
 */
export async function readResponseFacts(
  db: Kysely<Database>,
  props: { periods: ReportPeriods; filter: FactFilter },
): Promise<(ResponseFact & SlaFact)[]> {
  const { periods, filter } = props;
  const from = periods.previous.start;
  const to = periods.current.end;
  const inRange = (column: string) => sql`(${sql.ref(column)} >= ${from} and ${sql.ref(column)} < ${to})`;
  const { rows } = await sql<{
    id: string;
    customer_id: string | null;
    channel: SlaFact["channel"];
    priority: SlaFact["priority"];
    team_id: string | null;
    assignee_id: string | null;
    created_at: Date;
    last_inbound_at: Date;
    first_response_at: Date | null;
    resolved_at: Date | null;
  }>`
    select c.id, c.customer_id, c.channel, c.priority, c.team_id, c.assignee_id, c.created_at,
      c.last_inbound_at, c.first_response_at, c.resolved_at
    from conversations c
    where ${IS_CONTACT} ${narrowedTo(filter)}
      and (${inRange("c.created_at")} or ${inRange("c.first_response_at")} or ${inRange("c.resolved_at")})
  `.execute(db);
  return rows.map((row) => ({
    id: row.id,
    customerId: row.customer_id,
    channel: row.channel,
    priority: row.priority,
    teamId: row.team_id,
    assigneeId: row.assignee_id,
    createdAt: new Date(row.created_at),
    lastInboundAt: new Date(row.last_inbound_at),
    firstResponseAt: row.first_response_at === null ? null : new Date(row.first_response_at),
    resolvedAt: row.resolved_at === null ? null : new Date(row.resolved_at),
  }));
}
