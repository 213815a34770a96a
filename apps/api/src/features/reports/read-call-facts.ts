import type { CallFact, ReportPeriods } from "@emma/core";
import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import type { FactFilter } from "./report-sql.ts";

/**
 * Inbound calls and voicemails of both periods. Counted: grouped in SQL by period, kind and status,
 * so the events never leave the database. Listed (a drill-down): one fact per call with its
 * conversation.
 */
export async function readCallFacts(
  db: Kysely<Database>,
  props: { periods: ReportPeriods; filter: FactFilter; listed: boolean },
): Promise<CallFact[]> {
  const { periods, filter, listed } = props;
  const { previous, current } = periods;
  const narrowed = filter.teamId !== undefined || filter.agentId !== undefined;
  const join = narrowed ? sql`join conversations c on c.id = e.conversation_id` : sql``;
  const team = filter.teamId !== undefined ? sql`and c.team_id = ${filter.teamId}` : sql``;
  const agent = filter.agentId !== undefined ? sql`and c.assignee_id = ${filter.agentId}` : sql``;
  // A group stands at its period's start: the core report only asks which period it falls in.
  const at = listed
    ? sql`e.occurred_at`
    : sql`case when e.occurred_at < ${current.start} then ${previous.start}::timestamptz else ${current.start}::timestamptz end`;
  const ids = listed ? sql`array_agg(e.conversation_id::text)` : sql`array[]::text[]`;
  const group = listed ? sql`e.id` : sql`1, 2, 3`;
  const { rows } = await sql<{
    at: Date;
    kind: CallFact["kind"];
    status: CallFact["status"];
    calls: number;
    duration: number;
    conversation_ids: string[];
  }>`
    select ${at} as at, e.kind, e.metadata->'call'->>'status' as status, count(*)::int as calls,
      coalesce(sum((e.metadata->'call'->>'durationSeconds')::int), 0)::int as duration,
      ${ids} as conversation_ids
    from timeline_events e ${join}
    where e.kind in ('call', 'voicemail') and e.direction = 'inbound'
      and e.occurred_at >= ${previous.start} and e.occurred_at < ${current.end}
      and e.conversation_id is not null ${team} ${agent}
    group by ${group}
  `.execute(db);
  return rows.map((row) => ({
    kind: row.kind,
    status: row.status,
    occurredAt: new Date(row.at),
    calls: row.calls,
    durationSeconds: row.duration,
    conversationIds: row.conversation_ids,
  }));
}
