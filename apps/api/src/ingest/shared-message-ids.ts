import { EMAIL_CONTENT_TYPE } from "@emma/connectors";
import { sharedMessageIdExternalId } from "@emma/core";
import { sql, type Transaction } from "kysely";
import type { Database } from "../db/schema.ts";
import { lockKeys } from "./advisory-locks.ts";
import type { MessageToWrite } from "./write-messages.ts";

/**
 * Broken mailers (web forms, old ticket systems) give different mails one Message-ID. Raw mail is
 * stored once per exact bytes, so such mails are separate raw events; each but the first keeps its
 * item under an external id of its own and, when it starts its own thread, its own conversation, so
 * nobody's request disappears into someone else's. The same mail again is the same raw event, and
 * a mail we sent (an item with no raw event) seen again from the Sent folder stays a duplicate.
 * Replies that name the shared Message-ID still follow it to the first mail's conversation.
 */
export async function keepMailsSharingMessageId(
  trx: Transaction<Database>,
  items: MessageToWrite[],
): Promise<void> {
  const mails = items.filter((item) => item.message.channel === "email");
  if (mails.length === 0) return;
  // Only stored raw mail: a normalized message delivered again (an integration's retry) is the same item.
  const { rows: rawMail } = await sql<{ id: string }>`
    select id from inbound_events
    where id = any(${mails.map((item) => item.inboundEventId)}::uuid[]) and content_type = ${EMAIL_CONTENT_TYPE}
  `.execute(trx);
  const fromRawMail = new Set(rawMail.map((row) => row.id));
  const candidates = mails.filter((item) => fromRawMail.has(item.inboundEventId));
  if (candidates.length === 0) return;
  // Another batch may be writing a mail with the same Message-ID right now: wait for it to commit,
  // or both would take the plain id and one mail would be dropped as the other's duplicate. Taken in
  // one sorted order, so two batches never wait for each other.
  const keys = [...new Set(candidates.map((item) => `mail:${item.connectorId}|${item.message.externalId}`))];
  await lockKeys(trx, keys, "wait");
  const { rows: stored } = await sql<{
    connector_id: string;
    external_id: string;
    raw_mail_id: string | null;
  }>`
    select e.connector_id, e.external_id, i.id as raw_mail_id
    from timeline_events e
    left join inbound_events i on i.id = e.inbound_event_id and i.content_type = ${EMAIL_CONTENT_TYPE}
    where (e.connector_id, e.external_id) in (
      select * from unnest(${candidates.map((item) => item.connectorId)}::uuid[],
        ${candidates.map((item) => item.message.externalId)}::text[]))
  `.execute(trx);
  const holders = new Map(stored.map((row) => [`${row.connector_id}|${row.external_id}`, row.raw_mail_id]));
  for (const { connectorId, inboundEventId, message } of candidates) {
    const key = `${connectorId}|${message.externalId}`;
    const holder = holders.get(key);
    if (holder === undefined) {
      holders.set(key, inboundEventId);
      continue;
    }
    if (holder === null || holder === inboundEventId) continue;
    const own = sharedMessageIdExternalId(message.externalId, inboundEventId);
    if (message.threadKey === message.externalId) message.threadKey = own;
    message.externalId = own;
  }
}
