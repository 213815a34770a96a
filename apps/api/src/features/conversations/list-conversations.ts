import {
  INBOUND_KINDS,
  can,
  responseClock,
  type ServiceSettings,
  type ConversationListInput,
  type ConversationStatus,
  type QueueOrder,
} from "@emma/core";
import { TRPCError } from "@trpc/server";
import { sql, type Kysely, type RawBuilder } from "kysely";
import type { Database } from "../../db/schema.ts";
import type { Caller } from "../../trpc/context.ts";
import { presentConversationSummary } from "./conversation-presenter.ts";
import { solutionExcerpt } from "./solution-answer.ts";
import { decodeQueueCursor, encodeQueueCursor, type QueuePosition } from "./queue-cursor.ts";

/**
 * A queue page, keyset-paginated in either order: "waiting" (customers waiting longest first, then
 * the rest by latest activity; `wait_rank`, id ascending) or "newest" (last_message_at, id
 * descending). Each (queue key, status) pair is one range of an index of migration 0013; the
 * ranges are read in order and merged (UNION ALL under ORDER BY … LIMIT is a Merge Append in
 * PostgreSQL), so a page costs the same on page one and page fifty, however many rows match.
 */
export async function listConversations(
  db: Kysely<Database>,
  caller: Caller,
  input: ConversationListInput,
  service: ServiceSettings,
) {
  if (input.queue === "all" && !can(caller.role, "conversation.readAll")) {
    throw new TRPCError({ code: "FORBIDDEN", message: "Only supervisors and admins see every queue" });
  }
  const position = input.cursor ? decodeQueueCursor(input.cursor, input.order) : null;
  const ranges = await queueRanges(db, caller, input.queue);
  if (ranges.length === 0) return { items: [], nextCursor: null };
  const statuses = [...new Set(input.statuses)];
  const waiting = input.order === "waiting";
  const pageOrder = waiting ? sql`wait_rank, id` : sql`last_message_at desc, id desc`;
  const branches = ranges.flatMap((range) =>
    statuses.map((status) =>
      rangeQuery({ range, status, order: input.order, tag: input.tag, position, limit: input.limit + 1 }),
    ),
  );
  // One range is the page as it is; PostgreSQL refuses a second ORDER BY around a single one.
  const page =
    branches.length === 1 && branches[0]
      ? sql<{ id: string }>`${branches[0]}`
      : sql<{
          id: string;
        }>`(${sql.join(branches, sql` union all `)} order by ${pageOrder} limit ${input.limit + 1})`;
  let query = db
    .selectFrom(page.as("page"))
    .innerJoin("conversations as c", "c.id", "page.id")
    .leftJoin("customers as cu", "cu.id", "c.customer_id")
    .leftJoin("users as u", "u.id", "c.assignee_id")
    .leftJoin("teams as t", "t.id", "c.team_id")
    .leftJoin("timeline_events as sol", "sol.id", "c.solution_event_id")
    // The latest message's first words, for threads without a subject (chats, calls, posts).
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom("timeline_events")
          .select(sql<string>`left(body_text, 160)`.as("text"))
          .whereRef("conversation_id", "=", "c.id")
          // Messages, calls and posts (the kinds a connector carries), not notes or system items.
          .where("kind", "in", INBOUND_KINDS)
          .orderBy("occurred_at", "desc")
          .limit(1)
          .as("last"),
      (join) => join.onTrue(),
    )
    .selectAll("c")
    .select([
      "u.display_name as assignee_name",
      "cu.display_name as customer_name",
      "t.name as team_name",
      "last.text as preview",
      "sol.author_name as solution_author_name",
      solutionExcerpt(),
    ])
    .select(
      (waiting
        ? sql<string>`c.wait_rank::text`
        : sql<string>`to_char(c.last_message_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`
      ).as("position"),
    );
  query = waiting
    ? query.orderBy("c.wait_rank", "asc").orderBy("c.id", "asc")
    : query.orderBy("c.last_message_at", "desc").orderBy("c.id", "desc");
  const rows = await query.execute();
  const items = rows.slice(0, input.limit);
  const clock = responseClock(service);
  const last = items.at(-1);
  return {
    items: items.map((row) => presentConversationSummary(row, clock)),
    nextCursor:
      rows.length > input.limit && last
        ? encodeQueueCursor({ order: input.order, key: last.position, id: last.id })
        : null,
  };
}

/** The index key prefix of each range a queue reads: one, or one per team of the agent's. */
async function queueRanges(
  db: Kysely<Database>,
  caller: Caller,
  queue: ConversationListInput["queue"],
): Promise<RawBuilder<unknown>[]> {
  switch (queue) {
    case "mine":
      return [sql`assignee_id = ${caller.userId}`];
    case "unassigned":
      return [sql`assignee_id is null`];
    case "team": {
      const teams = await db
        .selectFrom("team_members")
        .select("team_id")
        .where("user_id", "=", caller.userId)
        .orderBy("team_id")
        .execute();
      return teams.map(({ team_id }) => sql`team_id = ${team_id}`);
    }
    case "all":
      return [sql`true`];
    default: {
      const unreachable: never = queue;
      throw new Error(`unknown queue ${String(unreachable)}`);
    }
  }
}

/** One ordered index range: a queue key, one status, past the cursor, at most `limit` rows. */
function rangeQuery(props: {
  range: RawBuilder<unknown>;
  status: ConversationStatus;
  order: QueueOrder;
  tag: string | undefined;
  position: QueuePosition | null;
  limit: number;
}): RawBuilder<unknown> {
  const { range, status, order, tag, position, limit } = props;
  const conditions = [range, sql`status = ${status}`];
  if (tag !== undefined) conditions.push(sql`tags @> array[${tag}]::text[]`);
  if (position?.order === "waiting")
    conditions.push(sql`(wait_rank, id) > (${position.key}::bigint, ${position.id}::uuid)`);
  if (position?.order === "newest")
    conditions.push(sql`(last_message_at, id) < (${position.key}::timestamptz, ${position.id}::uuid)`);
  return sql`(select id, wait_rank, last_message_at from conversations where ${sql.join(conditions, sql` and `)} order by ${
    order === "waiting" ? sql`wait_rank, id` : sql`last_message_at desc, id desc`
  } limit ${limit})`;
}
