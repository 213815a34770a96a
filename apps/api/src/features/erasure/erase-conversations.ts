import { sql, type Transaction } from "kysely";
import type { Database } from "../../db/schema.ts";
import { fileHashes } from "./erase-items.ts";
import { erasedKey, type TombstoneKey } from "./tombstone-key.ts";

type Trx = Transaction<Database>;

/**
 * The person's conversations keep channel, times, status history, assignee and team (reports), and
 * lose their subject and the provider's thread key (an email's root Message-ID, a caller's number).
 * One still open leaves the queues: it is resolved now, as nobody can answer an erased person; one
 * already resolved keeps its resolution time. Replies still queued are not sent.
 */
export async function eraseConversations(
  trx: Trx,
  props: { ids: string[]; at: Date; key: TombstoneKey },
): Promise<{ conversationIds: string[]; conversations: number; outbox: number; fileHashes: string[] }> {
  const rows = await trx
    .selectFrom("conversations")
    .select(["id", "external_thread_key"])
    .where("customer_id", "in", props.ids)
    .execute();
  if (rows.length === 0) return { conversationIds: [], conversations: 0, outbox: 0, fileHashes: [] };
  const ids = rows.map((row) => row.id);
  const payloads = await trx
    .selectFrom("outbox")
    .select("payload")
    .where("conversation_id", "in", ids)
    .execute();
  await sql`
    update conversations c
    set subject = null, identity_id = null, external_thread_key = r.thread_key, snoozed_until = null,
        waiting_since = null,
        status = 'resolved', resolved_at = case when c.status = 'resolved' then c.resolved_at else ${props.at} end,
        updated_at = ${props.at}
    from unnest(${ids}::uuid[], ${rows.map((row) => erasedKey(props.key, row.external_thread_key))}::text[])
      as r (id, thread_key)
    where c.id = r.id
  `.execute(trx);
  const outbox = await trx
    .updateTable("outbox")
    .set({ payload: JSON.stringify({}) })
    .where("conversation_id", "in", ids)
    .executeTakeFirst();
  await trx
    .updateTable("outbox")
    .set({ status: "failed", last_error: "Not sent: the customer was erased" })
    .where("conversation_id", "in", ids)
    .where("status", "in", ["queued", "sending"])
    .execute();
  return {
    conversationIds: ids,
    conversations: rows.length,
    outbox: Number(outbox.numUpdatedRows),
    fileHashes: payloads.flatMap((row) => fileHashes(row.payload)),
  };
}
