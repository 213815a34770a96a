import { can } from "@emma/core";
import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import type { Caller } from "../../trpc/context.ts";

/** Open + pending per queue, for the queue badges; one scan over the status index. */
export async function queueCounts(db: Kysely<Database>, caller: Caller) {
  const row = await db
    .selectFrom("conversations as c")
    .select([
      sql<number>`count(*) filter (where c.assignee_id = ${caller.userId})::int`.as("mine"),
      sql<number>`count(*) filter (where c.assignee_id is null)::int`.as("unassigned"),
      sql<number>`count(*) filter (where c.team_id in (select team_id from team_members where user_id = ${caller.userId}))::int`.as(
        "team",
      ),
      sql<number>`count(*)::int`.as("all"),
    ])
    .where("c.status", "in", ["open", "pending"])
    .executeTakeFirstOrThrow();
  return {
    mine: row.mine,
    unassigned: row.unassigned,
    team: row.team,
    all: can(caller.role, "conversation.readAll") ? row.all : null,
  };
}
