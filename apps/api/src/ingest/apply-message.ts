import {
  identityKey,
  normalizeIdentity,
  resolveIdentities,
  sanitizeEmailHtml,
  type CountryCode,
  type InboundMessage,
  type NormalizedIdentity,
} from "@emma/core";
import { sql, type Transaction } from "kysely";
import type { Database } from "../db/schema.ts";
import { publish } from "../realtime/publish.ts";
import { linkIdentities } from "./link-identities.ts";

export interface ConnectorFacts {
  id: string;
  defaultCountry: CountryCode;
}

export interface AppliedMessage {
  customerId: string;
  conversationId: string;
  /** null when this item had been ingested before (idempotent re-delivery). */
  timelineEventId: string | null;
}

/**
 * Turns one normalized message into customer, identities, conversation and timeline item, inside the
 * caller's transaction. Idempotent on (connector, external id).
 */
export async function applyMessage(
  trx: Transaction<Database>,
  connector: ConnectorFacts,
  inboundEventId: string,
  message: InboundMessage,
): Promise<AppliedMessage> {
  const identities: NormalizedIdentity[] = [];
  const rejected: { kind: string; reason: string }[] = [];
  for (const raw of message.author.identities) {
    const result = normalizeIdentity(raw, { defaultCountry: connector.defaultCountry });
    if (result.ok) identities.push(result.identity);
    else rejected.push({ kind: raw.kind, reason: result.reason });
  }
  const unique = [...new Map(identities.map((identity) => [identityKey(identity), identity])).values()];

  const existing = await trx
    .selectFrom("timeline_events")
    .select(["id", "customer_id", "conversation_id"])
    .where("connector_id", "=", connector.id)
    .where("external_id", "=", message.externalId)
    .executeTakeFirst();
  if (existing?.conversation_id) {
    return { customerId: existing.customer_id, conversationId: existing.conversation_id, timelineEventId: null };
  }

  const { customerId, contactIdentityId, originCustomerId } = await linkIdentities(trx, {
    connectorId: connector.id,
    inboundEventId,
    identities: unique,
    displayName: message.author.name,
    resolve: resolveIdentities,
  });

  const inbound = message.direction === "inbound";
  const conversation = await trx
    .insertInto("conversations")
    .values({
      customer_id: customerId,
      origin_customer_id: originCustomerId,
      connector_id: connector.id,
      channel: message.channel,
      external_thread_key: message.threadKey,
      identity_id: contactIdentityId,
      subject: message.subject ?? null,
      created_at: message.occurredAt,
      updated_at: message.occurredAt,
      last_message_at: message.occurredAt,
      last_inbound_at: inbound ? message.occurredAt : null,
      first_response_at: inbound ? null : message.occurredAt,
    })
    .onConflict((oc) =>
      oc.columns(["connector_id", "external_thread_key"]).doUpdateSet({
        last_message_at: sql`greatest(conversations.last_message_at, excluded.last_message_at)`,
        last_inbound_at: sql`greatest(conversations.last_inbound_at, excluded.last_inbound_at)`,
        first_response_at: sql`least(conversations.first_response_at, excluded.first_response_at)`,
        // A customer writing again reopens a resolved or waiting conversation.
        status: inbound ? sql`case when conversations.status in ('resolved', 'pending') then 'open' else conversations.status end` : sql`conversations.status`,
        resolved_at: inbound ? null : sql`conversations.resolved_at`,
        updated_at: sql`greatest(conversations.updated_at, excluded.updated_at)`,
      }),
    )
    .returning(["id", "assignee_id", "team_id"])
    .executeTakeFirstOrThrow();

  const html = message.html ? sanitizeEmailHtml(message.html) : null;
  const authorIdentity = contactIdentityId;
  const event = await trx
    .insertInto("timeline_events")
    .values({
      customer_id: customerId,
      origin_customer_id: originCustomerId,
      conversation_id: conversation.id,
      connector_id: connector.id,
      channel: message.channel,
      kind: message.kind,
      direction: message.direction,
      occurred_at: message.occurredAt,
      author_identity_id: inbound ? authorIdentity : null,
      // An outbound item's author block names its recipient; who sent it is the connector's mailbox or page.
      author_name: inbound ? (message.author.name ?? null) : null,
      subject: message.subject ?? null,
      body_text: message.text,
      body_html: html?.html ?? null,
      metadata: JSON.stringify({
        ...message.metadata,
        ...(message.call ? { call: message.call } : {}),
        ...(message.attachments.length > 0 ? { attachments: message.attachments } : {}),
        ...(html?.blockedRemoteContent ? { blockedRemoteContent: true } : {}),
        ...(rejected.length > 0 ? { unlinkedIdentities: rejected } : {}),
      }),
      external_id: message.externalId,
      inbound_event_id: inboundEventId,
    })
    .onConflict((oc) => oc.columns(["connector_id", "external_id"]).doNothing())
    .returning("id")
    .executeTakeFirst();

  if (event) {
    await publish(trx, {
      topic: "timeline.created",
      userIds: null,
      payload: { customerId, conversationId: conversation.id, eventId: event.id, channel: message.channel, kind: message.kind },
    });
    if (message.kind === "call" && message.call?.status === "ringing") {
      await publish(trx, {
        topic: "call.incoming",
        userIds: null,
        payload: { customerId, conversationId: conversation.id, eventId: event.id, from: message.call.from },
      });
    }
  }
  return { customerId, conversationId: conversation.id, timelineEventId: event?.id ?? null };
}
