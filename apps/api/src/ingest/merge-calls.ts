import { callDataSchema, foldCallItems, mergeCallItem, type InboundMessage } from "@emma/core";
import { sql, type Transaction } from "kysely";
import type { Database } from "../db/schema.ts";
import type { MessageToWrite } from "./write-messages.ts";

/** A call event that names no caller (Twilio's recording and transcription callbacks). */
export interface CallFollowUp {
  connectorId: string;
  inboundEventId: string;
  message: InboundMessage;
}

export interface UpdatedCall {
  message: InboundMessage;
  timelineEventId: string;
  conversationId: string | null;
  customerId: string | null;
}

interface CallEvent {
  connectorId: string;
  /** The raw events behind this one (several when it was folded from a batch's webhooks before). */
  sources: string[];
  message: InboundMessage;
  write?: MessageToWrite;
  followUp?: CallFollowUp;
}

/**
 * Whether a stored item with this message's key is to be updated by it rather than left alone: a
 * call's successive webhooks are edits of one item. Any other message whose key is stored already
 * is the same message delivered again.
 */
export function editsStoredItem(message: InboundMessage): boolean {
  return message.call !== undefined;
}

/**
 * Every webhook of one call (ringing, answered, completed, recording, transcription) is ONE item on
 * the timeline, keyed by (connector, call id). Events of a call in this batch are folded into one;
 * a call already stored is updated in place with `mergeCallItem` (order-independent, so a late or
 * repeated webhook changes nothing it should not). Every raw event that fed the item is listed in
 * its metadata (DESIGN invariant 3). Follow-ups for a call not seen yet are returned as `waiting`:
 * their event is retried later, when the call's first event has arrived.
 */
export async function mergeCalls(
  trx: Transaction<Database>,
  items: MessageToWrite[],
  followUps: CallFollowUp[],
): Promise<{ toInsert: MessageToWrite[]; updated: UpdatedCall[]; waiting: CallFollowUp[] }> {
  const calls = new Map<string, CallEvent[]>();
  const toInsert: MessageToWrite[] = [];
  const add = (event: CallEvent) => {
    const key = `${event.connectorId}|${event.message.externalId}`;
    calls.set(key, [...(calls.get(key) ?? []), event]);
  };
  for (const item of items) {
    if (editsStoredItem(item.message))
      add({ ...item, sources: item.sourceEventIds ?? [item.inboundEventId], write: item });
    else toInsert.push(item);
  }
  for (const followUp of followUps) add({ ...followUp, sources: [followUp.inboundEventId], followUp });
  if (calls.size === 0) return { toInsert, updated: [], waiting: [] };

  const stored = await storedCalls(trx, [...calls.values()]);
  const updated: UpdatedCall[] = [];
  const waiting: CallFollowUp[] = [];
  for (const [key, events] of calls) {
    const [first, ...rest] = events.map((e) => ({
      occurredAt: e.message.occurredAt,
      call: callOf(e.message),
    }));
    if (!first) continue;
    const folded = foldCallItems(first, ...rest);
    const sources = [...new Set(events.flatMap((e) => e.sources))];
    const row = stored.get(key);
    if (!row) {
      const head = events.find((e) => e.write)?.write;
      if (!head) {
        waiting.push(...events.flatMap((e) => (e.followUp ? [e.followUp] : [])));
        continue;
      }
      toInsert.push({
        ...head,
        message: {
          ...head.message,
          kind: folded.kind,
          call: folded.call,
          occurredAt: folded.occurredAt,
          text: folded.text || head.message.text,
        },
        sourceEventIds: sources,
      });
      continue;
    }
    const storedCall = callDataSchema.safeParse(row.metadata.call);
    if (!storedCall.success) throw new Error(`stored call ${row.id} has unreadable call data`);
    const merged = mergeCallItem({ occurredAt: row.occurred_at, call: storedCall.data }, folded);
    const known = Array.isArray(row.metadata.sourceEventIds)
      ? row.metadata.sourceEventIds.filter((id): id is string => typeof id === "string")
      : row.inbound_event_id
        ? [row.inbound_event_id]
        : [];
    const allSources = [...new Set([...known, ...sources])];
    const unchanged =
      JSON.stringify(merged.call) === JSON.stringify(storedCall.data) &&
      merged.occurredAt.getTime() === row.occurred_at.getTime();
    await trx
      .updateTable("timeline_events")
      .set({
        kind: merged.kind,
        occurred_at: merged.occurredAt,
        // The transcript once there is one; until then whatever text the provider gave.
        body_text: merged.text || row.body_text,
        metadata: JSON.stringify({ ...row.metadata, call: merged.call, sourceEventIds: allSources }),
      })
      .where("id", "=", row.id)
      .execute();
    if (unchanged) continue;
    const message = events[0]?.message;
    if (message)
      updated.push({
        message,
        timelineEventId: row.id,
        conversationId: row.conversation_id,
        customerId: row.customer_id,
      });
  }
  return { toInsert, updated, waiting };
}

function callOf(message: InboundMessage) {
  if (!message.call) throw new Error(`call event ${message.externalId} without call data`);
  return message.call;
}

async function storedCalls(trx: Transaction<Database>, groups: CallEvent[][]) {
  const pairs = groups.flatMap((events) =>
    events[0] ? [[events[0].connectorId, events[0].message.externalId]] : [],
  );
  const { rows } = await sql<{
    id: string;
    connector_id: string;
    external_id: string;
    occurred_at: Date;
    metadata: Record<string, unknown>;
    conversation_id: string | null;
    customer_id: string | null;
    inbound_event_id: string | null;
    body_text: string;
  }>`
    select id, connector_id, external_id, occurred_at, metadata, conversation_id, customer_id, inbound_event_id, body_text
    from timeline_events
    where (connector_id, external_id) in (
      select * from unnest(${pairs.map((p) => p[0])}::uuid[], ${pairs.map((p) => p[1])}::text[]))
    for update
  `.execute(trx);
  return new Map(rows.map((row) => [`${row.connector_id}|${row.external_id}`, row]));
}
