import { deliveryPatchSchema, type InboundMessage } from "@emma/core";
import { sql, type Transaction } from "kysely";
import type { Database } from "../db/schema.ts";
import type { RealtimeMessage } from "../realtime/publish.ts";

/**
 * A bounce names the Message-IDs of our mails it could not deliver: those outbox rows become
 * `failed` with the remote server's own words, and their timeline items say so, so the agent sees
 * that the customer never got the answer. Only mail of the same connector, and only mail we sent.
 */
export async function recordBounces(
  trx: Transaction<Database>,
  bounces: { connectorId: string; message: InboundMessage }[],
  realtime: RealtimeMessage[],
): Promise<void> {
  for (const { connectorId, message } of bounces) {
    const ids = message.automated?.failedMessageIds ?? [];
    if (ids.length === 0) continue;
    const error = `Bounced: ${message.automated?.diagnostic ?? message.subject ?? "the receiving server refused the mail"}`;
    const { rows } = await sql<{ conversation_id: string; timeline_event_id: string }>`
      update outbox set status = 'failed', last_error = ${error.slice(0, 2000)}
      where connector_id = ${connectorId} and external_id = any(${ids}::text[]) and status in ('sent', 'sending')
      returning conversation_id, timeline_event_id
    `.execute(trx);
    for (const row of rows) {
      await sql`
        update timeline_events set metadata = metadata || ${JSON.stringify(deliveryPatchSchema.parse({ delivery: "failed", deliveryError: error.slice(0, 2000) }))}::jsonb
        where id = ${row.timeline_event_id}
      `.execute(trx);
      realtime.push({
        topic: "conversation.changed",
        userIds: null,
        payload: { conversationId: row.conversation_id, delivery: "failed" },
      });
    }
  }
}
