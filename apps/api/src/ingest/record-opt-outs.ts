import { detectOptOut } from "@emma/core";
import type { Insertable, Transaction } from "kysely";
import type { ConsentsTable, Database } from "../db/schema.ts";
import type { WrittenItem } from "./write-messages.ts";

/**
 * The customer's own "STOP" or "abmelden" (see `detectOptOut` for which messages count and what
 * they withdraw) is recorded as their withdrawal on that message's channel, at the time they wrote
 * it, pointing at the message. Only new messages from the customer: an edit, our own sent items,
 * calls and forum posts never withdraw anything.
 */
export async function recordOptOuts(
  trx: Transaction<Database>,
  created: readonly WrittenItem[],
): Promise<void> {
  const rows: Insertable<ConsentsTable>[] = created.flatMap(({ item, timelineEventId }) => {
    const { message } = item;
    const customerId = item.linked.customerId;
    if (customerId === null || message.kind !== "message" || message.direction !== "inbound") return [];
    if (message.automated) return [];
    const optOut = detectOptOut({ text: message.text, subject: message.subject ?? null });
    if (!optOut) return [];
    return optOut.purposes.map((purpose) => ({
      customer_id: customerId,
      channel: message.channel,
      purpose,
      state: "withdrawn" as const,
      how: "customer-keyword" as const,
      recorded_at: message.occurredAt,
      recorded_by: null,
      note: null,
      source_item_id: timelineEventId,
    }));
  });
  if (rows.length === 0) return;
  await trx
    .insertInto("consents")
    .values(rows)
    .onConflict((oc) => oc.columns(["source_item_id", "purpose"]).doNothing())
    .execute();
}
