import type { Transaction } from "kysely";
import type { Database } from "../db/schema.ts";
import type { LinkedCustomer } from "./link-message.ts";
import type { ThreadFinding } from "./resolve-threads.ts";

/**
 * The customer a conversation belongs to, for messages that must not pick a customer by their own
 * identities (auto-replies, bounces): they join the conversation they answer, as its customer's.
 */
export async function conversationHomes(
  trx: Transaction<Database>,
  findings: (ThreadFinding | undefined)[],
): Promise<Map<string, LinkedCustomer>> {
  const ids = [...new Set(findings.flatMap((f) => (f ? [f.conversationId] : [])))];
  if (ids.length === 0) return new Map();
  const rows = await trx
    .selectFrom("conversations")
    .select(["id", "customer_id", "origin_customer_id"])
    .where("id", "in", ids)
    .execute();
  return new Map(
    rows.map((row) => [
      row.id,
      { customerId: row.customer_id, originCustomerId: row.origin_customer_id, contactIdentityId: null },
    ]),
  );
}
