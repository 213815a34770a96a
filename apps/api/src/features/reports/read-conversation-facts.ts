import { REPEAT_WINDOW_MS, type ConversationFact, type ReportPeriods } from "@emma/core";
import { sql, type Kysely, type RawBuilder } from "kysely";
import type { Database } from "../../db/schema.ts";

/** Which conversations a report looks at, over both periods at once. */
export type FactScope = "created" | "answeredOrResolved" | "backlog" | "solved" | "repeatContext";

export interface FactFilter {
  teamId?: string | undefined;
  agentId?: string | undefined;
}

function scopeCondition(scope: FactScope, { current, previous }: ReportPeriods): RawBuilder<unknown> {
  const start = previous.start;
  const end = current.end;
  switch (scope) {
    case "created":
      return sql`c.created_at >= ${start} and c.created_at < ${end}`;
    case "answeredOrResolved":
      return sql`(c.first_response_at >= ${start} and c.first_response_at < ${end}
        or c.resolved_at >= ${start} and c.resolved_at < ${end})`;
    case "backlog":
      // Unresolved at the end of either period: created before and not resolved by then.
      return sql`c.created_at < ${end} and (c.resolved_at is null or c.resolved_at > ${previous.end})`;
    case "solved":
      return sql`c.solved_at >= ${start} and c.solved_at < ${end}`;
    case "repeatContext":
      return sql`c.customer_id is not null and c.created_at < ${end}
        and c.last_message_at >= ${new Date(start.getTime() - REPEAT_WINDOW_MS)}`;
    default: {
      const unknown: never = scope;
      throw new Error(`Unknown scope ${String(unknown)}`);
    }
  }
}

const CONTACT_SCOPES: ReadonlySet<FactScope> = new Set(["created", "answeredOrResolved", "backlog"]);

/**
 * An instant as milliseconds since the epoch (whole, as JavaScript's Date keeps them): the driver
 * reads a number several times faster than it parses a timestamp, and a report reads tens of
 * thousands of them.
 */
function epochMs(column: string): RawBuilder<unknown> {
  return sql`floor(extract(epoch from ${sql.ref(`c.${column}`)}) * 1000)::float8 as ${sql.ref(column)}`;
}

function orNull(ms: number | null): Date | null {
  return ms === null ? null : new Date(ms);
}

/**
 * The few columns reports need, of the conversations in `scope`, for a team or agent if asked. The
 * repeat-contact context is never narrowed: the earlier conversation may be another team's.
 */
export async function readConversationFacts(
  db: Kysely<Database>,
  props: { scope: FactScope; periods: ReportPeriods; filter: FactFilter },
): Promise<ConversationFact[]> {
  const { scope, periods, filter } = props;
  const narrow = scope !== "repeatContext";
  const team = narrow && filter.teamId !== undefined ? sql`and c.team_id = ${filter.teamId}` : sql``;
  const agent = narrow && filter.agentId !== undefined ? sql`and c.assignee_id = ${filter.agentId}` : sql``;
  // Every report but community's looks at contacts only (core's isContact): the rest need not travel.
  const contacts = CONTACT_SCOPES.has(scope)
    ? sql`and c.last_inbound_at is not null and c.channel <> 'internal'`
    : sql``;
  const { rows } = await sql<{
    id: string;
    customer_id: string | null;
    channel: ConversationFact["channel"];
    priority: ConversationFact["priority"];
    created_at: number;
    last_message_at: number;
    customer_wrote: boolean;
    first_response_at: number | null;
    resolved_at: number | null;
    solved_at: number | null;
    solved_by_community: boolean;
  }>`
    select c.id, c.customer_id, c.channel, c.priority, ${epochMs("created_at")},
      ${epochMs("last_message_at")}, c.last_inbound_at is not null as customer_wrote,
      ${epochMs("first_response_at")}, ${epochMs("resolved_at")}, ${epochMs("solved_at")},
      c.solved_by_community
    from conversations c
    where (${scopeCondition(scope, periods)}) ${team} ${agent} ${contacts}
  `.execute(db);
  return rows.map((row) => ({
    id: row.id,
    customerId: row.customer_id,
    channel: row.channel,
    priority: row.priority,
    createdAt: new Date(row.created_at),
    lastMessageAt: new Date(row.last_message_at),
    customerWrote: row.customer_wrote,
    firstResponseAt: orNull(row.first_response_at),
    resolvedAt: orNull(row.resolved_at),
    solvedAt: orNull(row.solved_at),
    solvedByCommunity: row.solved_by_community,
  }));
}

/**
 * Every merged-away customer, one hop each (core follows the chain). Merges are rare beside
 * customers, so all of them is a short list and cheaper than asking for each customer of a report.
 */
export async function readMergedInto(db: Kysely<Database>): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom("customers")
    .select(["id", "merged_into"])
    .where("merged_into", "is not", null)
    .execute();
  return new Map(
    rows.flatMap((row) => (row.merged_into === null ? [] : [[row.id, row.merged_into] as const])),
  );
}
