import { consentRefusal, decidingRecord, mayContact, type ConsentRefusal } from "@emma/core";
import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";
import { consentRecordsOf } from "../features/consents/consent-records.ts";

/**
 * Whether the customer withdrew consent for a reply on its conversation's channel, checked at each
 * attempt (not when the agent sent it): a withdrawal that arrives while the reply waits still
 * stops it. Replies an agent writes are service messages. An unknown caller has no consent to check.
 */
export async function consentRefusalFor(
  db: Kysely<Database>,
  conversationId: string,
): Promise<ConsentRefusal | null> {
  const conversation = await db
    .selectFrom("conversations")
    .select(["customer_id", "channel"])
    .where("id", "=", conversationId)
    .executeTakeFirst();
  if (!conversation?.customer_id || conversation.channel === "internal") return null;
  const records = await consentRecordsOf(db, conversation.customer_id);
  if (mayContact(records, conversation.channel, "service")) return null;
  const withdrawal = decidingRecord(records, conversation.channel, "service");
  return withdrawal ? consentRefusal(withdrawal, conversation.channel, "service") : null;
}
