import { NORMALIZED_CONTENT_TYPE } from "@emma/connectors";
import { sharedMessageIdExternalId } from "@emma/core";
import { sql, type Transaction } from "kysely";
import type { Database } from "../db/schema.ts";
import type { MessageToWrite } from "./write-messages.ts";

/**
 * Broken mailers (web forms, old ticket systems) give different mails one Message-ID. Raw mail is
 * stored once per exact bytes, so such mails are separate raw events; each but the first keeps its
 * item under an external id of its own and, when it starts its own thread, its own conversation, so
 * nobody's request disappears into someone else's. The same mail again is the same raw event, and
 * a mail we sent (an item with no raw event) seen again from the Sent folder stays a duplicate.
 * Replies that name the shared Message-ID still follow it to the first mail's conversation.
 */
export async function keepItemsSharingIds(
  trx: Transaction<Database>,
  items: MessageToWrite[],
  /** The batch's raw events whose item ids senders choose; a normalized message again is the same item. */
  rawEventIds: Set<string>,
): Promise<void> {
  // processBatch holds these items' keys, so no other batch writes a mail with one of these
  // Message-IDs until this one commits: both taking the plain id would drop one mail as a duplicate.
  const candidates = items.filter((item) => rawEventIds.has(item.inboundEventId));
  if (candidates.length === 0) return;
  const { rows: stored } = await sql<{
    connector_id: string;
    external_id: string;
    raw_mail_id: string | null;
  }>`
    select e.connector_id, e.external_id, i.id as raw_mail_id
    from timeline_events e
    left join inbound_events i on i.id = e.inbound_event_id and i.content_type <> ${NORMALIZED_CONTENT_TYPE}
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
