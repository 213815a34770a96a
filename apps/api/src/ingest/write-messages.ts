import { checkItemMetadata, sanitizeEmailHtml, type InboundMessage } from "@emma/core";
import { sql, type Transaction } from "kysely";
import type { Database } from "../db/schema.ts";
import { queueFileFetches } from "../kept-files/queue-file-fetches.ts";
import type { LinkedCustomer } from "./link-message.ts";
import type { ThreadFinding } from "./resolve-threads.ts";

export interface MessageToWrite {
  connectorId: string;
  inboundEventId: string;
  message: InboundMessage;
  linked: LinkedCustomer;
  unlinked: { kind: string; reason: string }[];
  /** Set when threading clues put this message into an existing conversation. */
  thread?: ThreadFinding | undefined;
  /** Every raw event behind this one item when several were folded into it (a call's webhooks). */
  sourceEventIds?: string[] | undefined;
  /** What changes folded into a new item added (an edit's history, a removal). */
  metadataPatch?: Record<string, unknown> | undefined;
}

export interface WrittenItem {
  item: MessageToWrite;
  conversationId: string;
  timelineEventId: string;
}

export interface WriteOutcome {
  written: WrittenItem[];
  /**
   * Items whose (connector, external id) was already stored: before this batch looked, or by
   * another batch or API instance that committed it while this one ran. Nothing of theirs was
   * written; the caller decides what they are (the same message again, or an edit of the stored item).
   */
  met: MessageToWrite[];
}

/**
 * Writes a batch's conversations and timeline items in two statements, whatever its size: ingest
 * throughput is bound by round trips and per-statement planning, not by the rows. Messages already
 * stored are left out first, so they neither duplicate nor reopen anything.
 */
export async function writeMessages(
  trx: Transaction<Database>,
  items: MessageToWrite[],
): Promise<WriteOutcome> {
  const { fresh, met } = await splitStored(trx, items);
  if (fresh.length === 0) return { written: [], met };
  const conversations = await upsertConversations(trx, fresh);
  const rows = fresh.map((item) => eventRow(item, conversations.get(threadKey(item))));
  const inserted = await sql<{ id: string; connector_id: string; external_id: string }>`
    insert into timeline_events (customer_id, origin_customer_id, conversation_id, conversation_subject, connector_id, channel,
      kind, direction, occurred_at, author_identity_id, author_name, subject, body_text, body_html, metadata, external_id,
      inbound_event_id)
    select customer_id, origin_customer_id, conversation_id, conversation_subject, connector_id, channel, kind, direction,
      occurred_at, author_identity_id, author_name, subject, body_text, body_html, metadata, external_id, inbound_event_id
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(customer_id uuid, origin_customer_id uuid, conversation_id uuid,
      conversation_subject text, connector_id uuid, channel text, kind text, direction text, occurred_at timestamptz,
      author_identity_id uuid, author_name text, subject text, body_text text, body_html text, metadata jsonb,
      external_id text, inbound_event_id uuid)
    on conflict (connector_id, external_id) do nothing
    returning id, connector_id, external_id
  `.execute(trx);
  const ids = new Map(inserted.rows.map((row) => [`${row.connector_id}|${row.external_id}`, row.id]));
  const written: WrittenItem[] = [];
  for (const item of fresh) {
    const timelineEventId = ids.get(itemKey(item));
    const conversationId = conversations.get(threadKey(item))?.id;
    // No row back: another transaction inserted the same key after our look and committed before
    // our insert (PostgreSQL makes the insert wait for it, then skips it).
    if (timelineEventId && conversationId) written.push({ item, conversationId, timelineEventId });
    else met.push(item);
  }
  await queueFileFetches(trx, written);
  return { written, met };
}

function itemKey(item: MessageToWrite): string {
  return `${item.connectorId}|${item.message.externalId}`;
}

function threadKey(item: MessageToWrite): string {
  return `${item.connectorId}|${item.message.threadKey}`;
}

async function splitStored(
  trx: Transaction<Database>,
  items: MessageToWrite[],
): Promise<{ fresh: MessageToWrite[]; met: MessageToWrite[] }> {
  const { rows } = await sql<{ key: string }>`
    select connector_id::text || '|' || external_id as key from timeline_events
    where (connector_id, external_id) in (select * from unnest(${items.map((i) => i.connectorId)}::uuid[], ${items.map((i) => i.message.externalId)}::text[]))
  `.execute(trx);
  const stored = new Set(rows.map((row) => row.key));
  const seen = new Set<string>();
  const fresh: MessageToWrite[] = [];
  const met: MessageToWrite[] = [];
  for (const item of items) {
    const key = itemKey(item);
    if (stored.has(key)) met.push(item);
    // The same message twice in one batch (a redelivery under another event id): the first is written.
    else if (!seen.has(key)) fresh.push(item);
    seen.add(key);
  }
  return { fresh, met };
}

interface ThreadRow {
  customer_id: string | null;
  origin_customer_id: string | null;
  connector_id: string;
  channel: string;
  external_thread_key: string;
  identity_id: string | null;
  subject: string | null;
  public_thread: boolean;
  /** ISO 8601 in UTC, so string order is time order. */
  first_at: string;
  last_at: string;
  last_inbound_at: string | null;
  first_response_at: string | null;
}

/** A conversation as upserted: a new one, or the one already there with the subject it keeps. */
interface WrittenConversation {
  id: string;
  subject: string | null;
}

/** One row per thread: the first message decides who the thread is with; times are min/max. */
async function upsertConversations(
  trx: Transaction<Database>,
  items: MessageToWrite[],
): Promise<Map<string, WrittenConversation>> {
  const threads = new Map<string, ThreadRow>();
  for (const item of items) {
    const { message, linked } = item;
    const at = message.occurredAt.toISOString();
    // An auto-reply neither reopens a conversation nor counts as our answer.
    const inbound = message.direction === "inbound" && !message.automated;
    const outbound = message.direction === "outbound";
    const thread = threads.get(threadKey(item));
    if (!thread) {
      threads.set(threadKey(item), {
        customer_id: linked.customerId,
        origin_customer_id: linked.originCustomerId,
        connector_id: item.connectorId,
        channel: message.channel,
        external_thread_key: message.threadKey,
        identity_id: linked.contactIdentityId,
        subject: message.subject ?? null,
        public_thread: message.publicThread ?? false,
        first_at: at,
        last_at: at,
        last_inbound_at: inbound ? at : null,
        first_response_at: outbound ? at : null,
      });
      continue;
    }
    thread.subject ??= message.subject ?? null;
    if (at < thread.first_at) thread.first_at = at;
    if (at > thread.last_at) thread.last_at = at;
    if (inbound && (thread.last_inbound_at === null || at > thread.last_inbound_at))
      thread.last_inbound_at = at;
    if (outbound && (thread.first_response_at === null || at < thread.first_response_at))
      thread.first_response_at = at;
  }
  const { rows } = await sql<WrittenConversation & { connector_id: string; external_thread_key: string }>`
    insert into conversations (customer_id, origin_customer_id, connector_id, channel, external_thread_key, identity_id,
      subject, public_thread, created_at, updated_at, last_message_at, last_inbound_at, first_response_at)
    select customer_id, origin_customer_id, connector_id, channel, external_thread_key, identity_id, subject,
      public_thread, first_at, last_at, last_at, last_inbound_at, first_response_at
    from jsonb_to_recordset(${JSON.stringify([...threads.values()])}::jsonb) as x(customer_id uuid, origin_customer_id uuid,
      connector_id uuid, channel text, external_thread_key text, identity_id uuid, subject text, public_thread boolean, first_at timestamptz,
      last_at timestamptz, last_inbound_at timestamptz, first_response_at timestamptz)
    -- every batch sorts its threads the same way, so two batches lock shared conversations in one order
    order by connector_id, external_thread_key
    on conflict (connector_id, external_thread_key) do update set
      last_message_at = greatest(conversations.last_message_at, excluded.last_message_at),
      last_inbound_at = greatest(conversations.last_inbound_at, excluded.last_inbound_at),
      first_response_at = least(conversations.first_response_at, excluded.first_response_at),
      -- a customer writing again reopens a resolved or waiting conversation
      status = case when excluded.last_inbound_at is not null and conversations.status in ('resolved', 'pending') then 'open' else conversations.status end,
      resolved_at = case when excluded.last_inbound_at is not null then null else conversations.resolved_at end,
      updated_at = greatest(conversations.updated_at, excluded.updated_at)
    returning id, subject, connector_id, external_thread_key
  `.execute(trx);
  return new Map(rows.map((row) => [`${row.connector_id}|${row.external_thread_key}`, row]));
}

function eventRow(
  item: MessageToWrite,
  conversation: WrittenConversation | undefined,
): Record<string, unknown> {
  const { message, linked } = item;
  const inbound = message.direction === "inbound";
  const html = message.html ? sanitizeEmailHtml(message.html) : null;
  return {
    customer_id: linked.customerId,
    origin_customer_id: linked.originCustomerId,
    conversation_id: conversation?.id ?? "",
    conversation_subject: conversation?.subject ?? null,
    connector_id: item.connectorId,
    channel: message.channel,
    kind: message.kind,
    direction: message.direction,
    occurred_at: message.occurredAt.toISOString(),
    author_identity_id: inbound ? linked.contactIdentityId : null,
    // An outbound item's author block names its recipient; who sent it is our mailbox or page.
    author_name: inbound ? (message.author.name ?? null) : null,
    subject: message.subject ?? null,
    body_text: message.text,
    body_html: html?.html ?? null,
    metadata: checkItemMetadata(message.kind, {
      ...message.metadata,
      ...(item.sourceEventIds ? { sourceEventIds: item.sourceEventIds } : {}),
      ...(message.call ? { call: message.call } : {}),
      ...(message.attachments.length > 0 ? { attachments: message.attachments } : {}),
      ...(html?.blockedRemoteContent ? { blockedRemoteContent: true } : {}),
      ...(item.unlinked.length > 0 ? { unlinkedIdentities: item.unlinked } : {}),
      ...(message.automated ? { automated: message.automated } : {}),
      ...(item.thread ? { threadedBy: item.thread.rule } : {}),
      ...item.metadataPatch,
    }),
    external_id: message.externalId,
    inbound_event_id: item.inboundEventId,
  };
}
