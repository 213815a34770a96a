import { INBOUND_KINDS, can, type ConversationListInput } from "@emma/core";
import { TRPCError } from "@trpc/server";
import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from "kysely";
import type { Database } from "../../db/schema.ts";
import type { Caller } from "../../trpc/context.ts";
import { decodeCursor, encodeCursor } from "../timeline/timeline-cursor.ts";
import { presentConversationSummary } from "./conversation-presenter.ts";

/** A queue, newest activity first, keyset-paginated on (last_message_at, id). */
export async function listConversations(db: Kysely<Database>, caller: Caller, input: ConversationListInput) {
  if (input.queue === "all" && !can(caller.role, "conversation.readAll")) {
    throw new TRPCError({ code: "FORBIDDEN", message: "Only supervisors and admins see every queue" });
  }
  let query = db
    .selectFrom("conversations as c")
    .leftJoin("customers as cu", "cu.id", "c.customer_id")
    .leftJoin("users as u", "u.id", "c.assignee_id")
    .leftJoin("teams as t", "t.id", "c.team_id")
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
    ])
    .select(
      sql<string>`to_char(c.last_message_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as(
        "position",
      ),
    )
    .where("c.status", "in", input.statuses)
    .where((eb) => queueCondition(eb, caller, input.queue))
    .orderBy("c.last_message_at", "desc")
    .orderBy("c.id", "desc")
    .limit(input.limit + 1);
  if (input.cursor) {
    const position = decodeCursor(input.cursor);
    query = query.where(
      sql<boolean>`(c.last_message_at, c.id) < (${position.occurredAt}::timestamptz, ${position.id}::uuid)`,
    );
  }
  const rows = await query.execute();
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page.map(presentConversationSummary),
    nextCursor:
      rows.length > input.limit && last ? encodeCursor({ occurredAt: last.position, id: last.id }) : null,
  };
}

type ConversationScope = ExpressionBuilder<Database & { c: Database["conversations"] }, "c">;

function queueCondition(
  eb: ConversationScope,
  caller: Caller,
  queue: ConversationListInput["queue"],
): Expression<SqlBool> {
  switch (queue) {
    case "mine":
      return eb("c.assignee_id", "=", caller.userId);
    case "unassigned":
      return eb("c.assignee_id", "is", null);
    case "team":
      return eb(
        "c.team_id",
        "in",
        eb.selectFrom("team_members").select("team_id").where("user_id", "=", caller.userId),
      );
    case "all":
      return eb.lit(true);
    default: {
      const unreachable: never = queue;
      throw new Error(`unknown queue ${String(unreachable)}`);
    }
  }
}
