import type { DeliveryState } from "@emma/core";
import type { Transaction } from "kysely";
import type { Database } from "../db/schema.ts";
import { publish } from "../realtime/publish.ts";

/**
 * Tells every console that a reply's delivery state changed (queued, retrying, sent, failed), so an
 * open thread refetches it. Returns the conversation's customer for the caller's audit entry.
 */
export async function announceDelivery(
  trx: Transaction<Database>,
  conversationId: string,
  delivery: DeliveryState,
): Promise<{ customerId: string | null }> {
  const conversation = await trx
    .selectFrom("conversations")
    .select(["id", "customer_id"])
    .where("id", "=", conversationId)
    .executeTakeFirstOrThrow();
  await publish(trx, {
    topic: "conversation.changed",
    userIds: null,
    payload: { conversationId, customerId: conversation.customer_id, delivery },
  });
  return { customerId: conversation.customer_id };
}
