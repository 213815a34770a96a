import { callDataSchema, conversationStatusSchema, journeyClockEvent } from "@emma/core";
import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";

const callStatusSchema = callDataSchema.shape.status;

/**
 * The items of the given conversations, compactly: when, which way, what kind, and how each moved
 * the response clock. Only the three metadata facts the clock needs are read, never bodies.
 */
export async function journeyItems(db: Kysely<Database>, conversationIds: readonly string[]) {
  if (conversationIds.length === 0) return [];
  const rows = await db
    .selectFrom("timeline_events")
    .select([
      "conversation_id",
      "occurred_at",
      "kind",
      "direction",
      sql<string | null>`metadata->'call'->>'status'`.as("call_status"),
      sql<boolean>`metadata ? 'automated'`.as("automated"),
      sql<string | null>`case when kind = 'status_change' then metadata->>'to' end`.as("status_to"),
    ])
    .where("conversation_id", "in", conversationIds)
    .orderBy("occurred_at")
    .execute();
  return rows.flatMap((row) => {
    if (row.conversation_id === null) return [];
    // Facts written by another version that this one cannot read count as unknown, not as errors.
    const callStatus = callStatusSchema.safeParse(row.call_status);
    const statusTo = conversationStatusSchema.safeParse(row.status_to);
    const clock = journeyClockEvent({
      kind: row.kind,
      direction: row.direction,
      at: row.occurred_at,
      callStatus: callStatus.success ? callStatus.data : null,
      automated: row.automated,
      statusTo: statusTo.success ? statusTo.data : null,
    });
    return [
      {
        conversationId: row.conversation_id,
        at: row.occurred_at,
        kind: row.kind,
        direction: row.direction,
        clock: clock?.kind ?? null,
      },
    ];
  });
}

export type JourneyItem = Awaited<ReturnType<typeof journeyItems>>[number];
