import type { InboundChange } from "@emma/core";
import type { Transaction } from "kysely";
import type { Database } from "../db/schema.ts";
import type { RealtimeMessage } from "../realtime/publish.ts";

export interface ThreadChange {
  connectorId: string;
  inboundEventId: string;
  threadKey: string;
  change: Extract<InboundChange, { type: "thread" }>;
}

/**
 * A change of a thread itself (a forum topic renamed, deleted, recovered, closed) applies to its
 * conversation: the subject, also as its items carry it, the removal and the closing. The newest
 * change at the provider wins, whatever order they arrive in; an older one changes nothing. A
 * change of a thread Emma has no conversation for yet waits for it (its event is retried), like an
 * edit waits for its item.
 */
export async function applyThreadChanges(
  trx: Transaction<Database>,
  changes: readonly ThreadChange[],
  realtime: RealtimeMessage[],
): Promise<{ waiting: ThreadChange[] }> {
  const waiting: ThreadChange[] = [];
  const ordered = [...changes].sort((a, b) => a.change.at.getTime() - b.change.at.getTime());
  for (const thread of ordered) {
    const { change } = thread;
    const conversation = await trx
      .selectFrom("conversations")
      .select(["id", "customer_id", "subject", "thread_changed_at"])
      .where("connector_id", "=", thread.connectorId)
      .where("external_thread_key", "=", thread.threadKey)
      .forUpdate()
      .executeTakeFirst();
    if (!conversation) {
      waiting.push(thread);
      continue;
    }
    if (conversation.thread_changed_at && conversation.thread_changed_at > change.at) continue;
    await trx
      .updateTable("conversations")
      .set({
        thread_changed_at: change.at,
        ...(change.subject === undefined ? {} : { subject: change.subject }),
        ...(change.removed === undefined
          ? {}
          : {
              thread_removed_at: change.removed ? change.at : null,
              thread_removed_by: change.removed?.by ?? null,
            }),
        ...(change.closed === undefined ? {} : { thread_closed: change.closed }),
      })
      .where("id", "=", conversation.id)
      .execute();
    if (change.subject !== undefined && change.subject !== conversation.subject) {
      await trx
        .updateTable("timeline_events")
        .set({ conversation_subject: change.subject })
        .where("conversation_id", "=", conversation.id)
        .execute();
    }
    realtime.push({
      topic: "conversation.changed",
      userIds: null,
      payload: { conversationId: conversation.id, customerId: conversation.customer_id },
    });
    // One item stands for the thread (its opening post): the console refetches the timeline once.
    const opening = await trx
      .selectFrom("timeline_events")
      .select(["id", "customer_id", "channel", "kind"])
      .where("conversation_id", "=", conversation.id)
      .orderBy("occurred_at")
      .orderBy("id")
      .limit(1)
      .execute();
    for (const row of opening)
      realtime.push({
        topic: "timeline.updated",
        userIds: null,
        payload: {
          customerId: row.customer_id,
          conversationId: conversation.id,
          eventId: row.id,
          channel: row.channel,
          kind: row.kind,
          change: "thread",
        },
      });
  }
  return { waiting };
}
