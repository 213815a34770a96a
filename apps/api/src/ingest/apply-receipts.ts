import { deliveryPatchSchema, type Channel, type InboundChange, type TimelineKind } from "@emma/core";
import { sql, type Transaction } from "kysely";
import type { Database } from "../db/schema.ts";
import type { RealtimeMessage } from "../realtime/publish.ts";

export interface Receipt {
  connectorId: string;
  threadKey: string;
  change: Extract<InboundChange, { type: "receipt" }>;
}

/**
 * A provider's delivery or read watermark (Messenger's `delivery` and `read`): every reply of the
 * thread sent up to it was delivered, or read. The state only moves forward (sent → delivered →
 * read); a reply that failed or is still queued is left alone, as is one sent after the watermark.
 */
export async function applyReceipts(
  trx: Transaction<Database>,
  receipts: Receipt[],
  realtime: RealtimeMessage[],
): Promise<void> {
  for (const { connectorId, threadKey, change } of receipts) {
    const earlier = change.status === "read" ? ["sent", "delivered"] : ["sent"];
    const at = change.upTo.toISOString();
    const stamp = deliveryPatchSchema.parse(
      change.status === "read"
        ? { delivery: "read", readAt: at }
        : { delivery: "delivered", deliveredAt: at },
    );
    const { rows } = await sql<{
      id: string;
      customer_id: string | null;
      conversation_id: string;
      channel: Channel;
      kind: TimelineKind;
    }>`
      update timeline_events e set metadata = e.metadata || ${JSON.stringify(stamp)}::jsonb
      from conversations c
      where c.connector_id = ${connectorId} and c.external_thread_key = ${threadKey}
        and e.conversation_id = c.id and e.direction = 'outbound' and e.occurred_at <= ${change.upTo}
        and (e.metadata->>'delivery' is null or e.metadata->>'delivery' = any(${earlier}::text[]))
      returning e.id, e.customer_id, e.conversation_id, e.channel, e.kind
    `.execute(trx);
    for (const row of rows)
      realtime.push({
        topic: "timeline.updated",
        userIds: null,
        payload: {
          customerId: row.customer_id,
          conversationId: row.conversation_id,
          eventId: row.id,
          channel: row.channel,
          kind: row.kind,
          change: "receipt",
        },
      });
  }
}
