import { sanitizeEmailHtml, type InboundMessage } from "@emma/core";
import { sql, type Transaction } from "kysely";
import type { Database } from "../db/schema.ts";
import type { LinkedCustomer } from "./link-message.ts";

export interface WrittenMessage {
  conversationId: string;
  /** null when this item had been stored before (a redelivery under another event id). */
  timelineEventId: string | null;
}

/**
 * Conversation upsert and timeline item in ONE statement: ingest throughput is bound by round trips
 * between Node and PostgreSQL, not by the database's work. Idempotent on (connector, external id).
 */
export async function writeMessage(
  trx: Transaction<Database>,
  props: { connectorId: string; inboundEventId: string; message: InboundMessage; linked: LinkedCustomer; unlinked: { kind: string; reason: string }[] },
): Promise<WrittenMessage> {
  const { message, linked } = props;
  const inbound = message.direction === "inbound";
  const html = message.html ? sanitizeEmailHtml(message.html) : null;
  const metadata = {
    ...message.metadata,
    ...(message.call ? { call: message.call } : {}),
    ...(message.attachments.length > 0 ? { attachments: message.attachments } : {}),
    ...(html?.blockedRemoteContent ? { blockedRemoteContent: true } : {}),
    ...(props.unlinked.length > 0 ? { unlinkedIdentities: props.unlinked } : {}),
  };
  const at = message.occurredAt;
  const seen = sql<boolean>`exists (select 1 from timeline_events where connector_id = ${props.connectorId} and external_id = ${message.externalId})`;
  const result = await sql<{ conversation_id: string; event_id: string | null }>`
    with conversation as (
      insert into conversations (customer_id, origin_customer_id, connector_id, channel, external_thread_key, identity_id,
        subject, created_at, updated_at, last_message_at, last_inbound_at, first_response_at)
      values (${linked.customerId}, ${linked.originCustomerId}, ${props.connectorId}, ${message.channel}, ${message.threadKey},
        ${linked.contactIdentityId}, ${message.subject ?? null}, ${at}, ${at}, ${at}, ${inbound ? at : null}::timestamptz,
        ${inbound ? null : at}::timestamptz)
      on conflict (connector_id, external_thread_key) do update set
        last_message_at = greatest(conversations.last_message_at, excluded.last_message_at),
        last_inbound_at = greatest(conversations.last_inbound_at, excluded.last_inbound_at),
        first_response_at = least(conversations.first_response_at, excluded.first_response_at),
        -- a customer writing again reopens a resolved or waiting conversation; a redelivered old message does not
        status = case when ${inbound} and conversations.status in ('resolved', 'pending') and not ${seen} then 'open' else conversations.status end,
        resolved_at = case when ${inbound} and not ${seen} then null else conversations.resolved_at end,
        updated_at = greatest(conversations.updated_at, excluded.updated_at)
      returning id
    ), event as (
      insert into timeline_events (customer_id, origin_customer_id, conversation_id, connector_id, channel, kind, direction,
        occurred_at, author_identity_id, author_name, subject, body_text, body_html, metadata, external_id, inbound_event_id)
      select ${linked.customerId}, ${linked.originCustomerId}, conversation.id, ${props.connectorId}, ${message.channel},
        ${message.kind}, ${message.direction}, ${at}, ${inbound ? linked.contactIdentityId : null}::uuid,
        ${inbound ? (message.author.name ?? null) : null}, ${message.subject ?? null}, ${message.text}, ${html?.html ?? null},
        ${JSON.stringify(metadata)}::jsonb, ${message.externalId}, ${props.inboundEventId}
      from conversation
      on conflict (connector_id, external_id) do nothing
      returning id
    )
    select conversation.id as conversation_id, event.id as event_id from conversation left join event on true
  `.execute(trx);
  const row = result.rows[0];
  if (!row) throw new Error("conversation upsert returned nothing");
  return { conversationId: row.conversation_id, timelineEventId: row.event_id };
}
