import { changeOf } from "@emma/core";
import { sql, type Transaction } from "kysely";
import type { Database } from "../db/schema.ts";
import type { MessageToWrite } from "./write-messages.ts";

/**
 * Providers echo what Emma sends (Messenger's `is_echo`, X's own DM events), sometimes before the
 * send's answer is recorded with the provider's id. An outbound item arriving while a reply of its
 * conversation is being sent waits, so the echo then meets our item under that id instead of
 * becoming a second item (DESIGN invariant 2). The send is `sending` from its claim until its
 * outcome is committed together with the id, so the echo, which only exists once the provider
 * took the send, sees one or the other.
 */
export async function echoesOfSendsInFlight(
  trx: Transaction<Database>,
  items: MessageToWrite[],
): Promise<Set<MessageToWrite>> {
  const outbound = items.filter(
    (item) => item.message.direction === "outbound" && changeOf(item.message).type === "new",
  );
  if (outbound.length === 0) return new Set();
  const { rows } = await sql<{ key: string }>`
    select c.connector_id::text || '|' || c.external_thread_key as key
    from conversations c
    where (c.connector_id, c.external_thread_key) in (
        select * from unnest(${outbound.map((i) => i.connectorId)}::uuid[], ${outbound.map((i) => i.message.threadKey)}::text[]))
      and exists (select 1 from outbox o where o.conversation_id = c.id and o.status = 'sending')
  `.execute(trx);
  const sending = new Set(rows.map((row) => row.key));
  return new Set(outbound.filter((item) => sending.has(`${item.connectorId}|${item.message.threadKey}`)));
}
