import { parseItemMetadata, type Channel } from "@emma/core";
import type { Kysely } from "kysely";
import { auditRow } from "../../audit/write-audit.ts";
import type { Database } from "../../db/schema.ts";
import { insertRealtimeEvents, notifyRealtime, type RealtimeMessage } from "../../realtime/publish.ts";

/** How many conversations one run wakes at most; the next run, 30 s later, takes the rest. */
const BATCH = 500;

/** Who the timeline names as the author of a wake-up: no agent did it. */
export const SYSTEM_AUTHOR = "Emma";

/**
 * Snoozed conversations whose time has come are open again: one UPDATE … RETURNING claims them, so
 * with several API instances each conversation wakes exactly once (a second instance's UPDATE
 * skips rows the first has locked and, after its commit, no longer finds them snoozed). Each gets a
 * status_change item on its timeline, an audit entry and realtime events so queues update.
 */
export async function wakeSnoozedConversations(
  db: Kysely<Database>,
  now: Date,
): Promise<{ woken: string[] }> {
  return db.transaction().execute(async (trx) => {
    const woken = await trx
      .updateTable("conversations as c")
      .from(
        trx
          .selectFrom("conversations")
          .select(["id", "snoozed_until"])
          .where("status", "=", "snoozed")
          .where("snoozed_until", "<=", now)
          .orderBy("snoozed_until")
          .limit(BATCH)
          .forUpdate()
          .skipLocked()
          .as("due"),
      )
      .set({ status: "open", snoozed_until: null, updated_at: now })
      .whereRef("c.id", "=", "due.id")
      // FOR UPDATE already re-checks a row another instance changed meanwhile; this says it plainly.
      .where("c.status", "=", "snoozed")
      .returningAll("c")
      .returning("due.snoozed_until as due_at")
      .execute();
    if (woken.length === 0) return { woken: [] };

    const events = await trx
      .insertInto("timeline_events")
      .values(
        woken.map((conversation) => ({
          customer_id: conversation.customer_id,
          origin_customer_id: conversation.origin_customer_id,
          conversation_id: conversation.id,
          conversation_subject: conversation.subject,
          connector_id: conversation.connector_id,
          channel: conversation.channel,
          kind: "status_change" as const,
          direction: "internal" as const,
          occurred_at: now,
          author_name: SYSTEM_AUTHOR,
          body_text: "",
          metadata: JSON.stringify(
            parseItemMetadata("status_change", {
              from: "snoozed",
              to: "open",
              reason: "snooze_ended",
              snoozedUntil: conversation.due_at?.toISOString() ?? null,
            }),
          ),
        })),
      )
      .returning(["id", "conversation_id"])
      .execute();
    const eventOf = new Map(events.map((event) => [event.conversation_id, event.id]));
    await trx
      .insertInto("audit_log")
      .values(
        woken.map((conversation) =>
          auditRow({
            actorUserId: null,
            action: "conversation.snooze_ended",
            subjectType: "conversation",
            subjectId: conversation.id,
            customerId: conversation.customer_id,
            details: { from: "snoozed", to: "open" },
            at: now,
          }),
        ),
      )
      .execute();
    const messages: RealtimeMessage[] = woken.flatMap((conversation) => {
      const eventId = eventOf.get(conversation.id);
      // The insert above made one item per woken conversation; a gap is a bug, not a case to skip.
      if (eventId === undefined) throw new Error(`No wake-up item for conversation ${conversation.id}`);
      return wokenNews(conversation, eventId);
    });
    // One NOTIFY for the whole batch (see notifyRealtime).
    await notifyRealtime(trx, await insertRealtimeEvents(trx, messages));
    return { woken: woken.map((conversation) => conversation.id) };
  });
}

function wokenNews(
  conversation: { id: string; customer_id: string | null; channel: Channel },
  eventId: string,
): RealtimeMessage[] {
  return [
    {
      topic: "timeline.created",
      userIds: null,
      payload: {
        customerId: conversation.customer_id,
        conversationId: conversation.id,
        eventId,
        channel: conversation.channel,
        kind: "status_change",
      },
    },
    {
      topic: "conversation.changed",
      userIds: null,
      payload: { conversationId: conversation.id, customerId: conversation.customer_id },
    },
  ];
}
