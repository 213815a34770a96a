import {
  INBOUND_KINDS,
  applyItemChange,
  callDataSchema,
  changeOf,
  checkItemMetadata,
  timelineKindSchema,
  needsStoredItem,
  isHelpfulMarkByOther,
  countryCodeSchema,
  type IdentityKind,
  type CountryCode,
  type InboundChangeType,
  type InboundMessage,
  type ItemState,
} from "@emma/core";
import { sql, type Transaction } from "kysely";
import type { Database } from "../db/schema.ts";
import { z } from "zod";
import type { MessageToWrite } from "./write-messages.ts";

const inboundKindSchema = z.enum(INBOUND_KINDS);

/**
 * A change that names no one to link (a call's recording callback, an unsend, a removed comment):
 * it only applies to an item already stored.
 */
export interface ItemChange {
  connectorId: string;
  inboundEventId: string;
  message: InboundMessage;
}

export interface UpdatedItem {
  message: InboundMessage;
  change: InboundChangeType;
  /** Every kind of change of this batch that changed the item (an edit and its acceptance). */
  applied: InboundChangeType[];
  timelineEventId: string;
  conversationId: string | null;
  customerId: string | null;
}

interface ChangeEvent {
  connectorId: string;
  /** The raw events behind this one (several when a batch's webhooks were folded into it). */
  sources: string[];
  message: InboundMessage;
  /** Set when the message was linked to a customer, so it may create the item. */
  write?: MessageToWrite;
  change?: ItemChange;
}

/**
 * Whether a message changes the stored item with its key rather than being that item again: a
 * call's successive webhooks, an edit, a removal, a restore, its acceptance as the answer. Any other message whose key is stored already is
 * the same message delivered again.
 */
export function changesStoredItem(message: InboundMessage): boolean {
  const type = changeOf(message).type;
  return (
    type === "revision" || type === "edit" || type === "delete" || type === "restore" || type === "solution"
  );
}

/**
 * Applies a batch's changes to their items, whatever the channel, with core's `applyItemChange`:
 * events of one item in this batch are applied together; a stored item is updated in place
 * (order-independent, so a late or repeated webhook changes nothing it should not). An item not
 * stored yet is created from the first event that may create it, with the rest applied; changes
 * that need a stored item wait for it (their event is retried), except removals of an item Emma
 * never had, which have nothing to mark. Every raw event that fed an item is listed in its
 * metadata (DESIGN invariant 3).
 */
export async function applyItemChanges(
  trx: Transaction<Database>,
  items: MessageToWrite[],
  changes: ItemChange[],
): Promise<{ toInsert: MessageToWrite[]; updated: UpdatedItem[]; waiting: ItemChange[] }> {
  const byItem = new Map<string, ChangeEvent[]>();
  const toInsert: MessageToWrite[] = [];
  const add = (event: ChangeEvent) => {
    const key = `${event.connectorId}|${event.message.externalId}`;
    byItem.set(key, [...(byItem.get(key) ?? []), event]);
  };
  for (const item of items) {
    if (changesStoredItem(item.message))
      add({ ...item, sources: item.sourceEventIds ?? [item.inboundEventId], write: item });
    else toInsert.push(item);
  }
  for (const change of changes) add({ ...change, sources: [change.inboundEventId], change });
  if (byItem.size === 0) return { toInsert, updated: [], waiting: [] };

  const stored = await storedItems(trx, [...byItem.values()]);
  const askers = await threadAskers(trx, stored, byItem);
  const updated: UpdatedItem[] = [];
  const waiting: ItemChange[] = [];
  for (const [key, unordered] of byItem) {
    const events = unordered.sort(byApplyOrder);
    const sources = [...new Set(events.flatMap((e) => e.sources))];
    const row = stored.get(key);
    if (!row) {
      const head =
        events.find((e) => e.write && changeOf(e.message).type !== "delete")?.write ??
        createdInThisBatch(toInsert, key, events);
      if (!head) {
        waiting.push(
          ...events.flatMap((e) => (e.change && needsStoredItem(e.change.message) ? [e.change] : [])),
        );
        continue;
      }
      const state = events.reduce((item, e) => applyItemChange(item, e.message), stateOf(head.message));
      toInsert.push({
        ...head,
        message: {
          ...head.message,
          kind: insertableKind(state.kind, head.message.kind),
          occurredAt: state.occurredAt,
          text: state.text,
          ...(state.html === null ? { html: undefined } : {}),
          call: head.message.call ? callOf(state) : undefined,
        },
        metadataPatch: changeFacts(state),
        sourceEventIds: [...new Set([head.inboundEventId, ...sources])],
      });
      continue;
    }
    const asker = askers.get(row.id);
    const counted = asker
      ? events.filter((e) => !isHelpfulMarkByOther(e.message, asker.identity, asker.country))
      : events;
    const before: ItemState = {
      kind: row.kind,
      occurredAt: row.occurred_at,
      text: row.body_text,
      html: row.body_html,
      metadata: row.metadata,
    };
    let state = before;
    let last: ChangeEvent | undefined;
    const applied = new Set<InboundChangeType>();
    for (const event of counted) {
      const next = applyItemChange(state, event.message);
      if (next !== state) {
        last = event;
        applied.add(changeOf(event.message).type);
      }
      state = next;
    }
    const known = Array.isArray(row.metadata.sourceEventIds)
      ? row.metadata.sourceEventIds.filter((id): id is string => typeof id === "string")
      : row.inbound_event_id
        ? [row.inbound_event_id]
        : [];
    await trx
      .updateTable("timeline_events")
      .set({
        kind: timelineKindSchema.parse(state.kind),
        occurred_at: state.occurredAt,
        body_text: state.text,
        body_html: state.html,
        metadata: JSON.stringify(
          checkItemMetadata(timelineKindSchema.parse(state.kind), {
            ...state.metadata,
            sourceEventIds: [...new Set([...known, ...sources])],
          }),
        ),
      })
      .where("id", "=", row.id)
      .execute();
    if (state === before || !last) continue;
    updated.push({
      message: last.message,
      change: changeOf(last.message).type,
      applied: [...applied],
      timelineEventId: row.id,
      conversationId: row.conversation_id,
      customerId: row.customer_id,
    });
  }
  return { toInsert, updated, waiting };
}

/**
 * New items, revisions and answers first, then edits oldest first, then removals and restores in
 * the order they happened at the provider: a post deleted, recovered and deleted again stays removed.
 */
function byApplyOrder(a: ChangeEvent, b: ChangeEvent): number {
  const rank = (e: ChangeEvent) => {
    const type = changeOf(e.message).type;
    return type === "delete" || type === "restore" ? 2 : type === "edit" ? 1 : 0;
  };
  const at = (e: ChangeEvent) => {
    const change = changeOf(e.message);
    switch (change.type) {
      case "edit":
        return change.editedAt.getTime();
      case "delete":
        return change.deletedAt.getTime();
      case "restore":
        return change.restoredAt.getTime();
      case "new":
      case "revision":
      case "solution":
      case "thread":
      case "receipt":
        return 0;
      default: {
        const unreachable: never = change;
        throw new Error(`unknown change ${JSON.stringify(unreachable)}`);
      }
    }
  };
  return rank(a) - rank(b) || at(a) - at(b);
}

/** The item a creating message would be on its own, before the batch's other changes apply. */
function stateOf(message: InboundMessage): ItemState {
  const change = changeOf(message);
  return {
    kind: message.kind,
    occurredAt: message.occurredAt,
    text: message.text,
    html: message.html ?? null,
    metadata: {
      ...(message.call ? { call: message.call } : {}),
      // An item first seen in its edited form says so.
      ...(change.type === "edit" ? { editedAt: change.editedAt.toISOString() } : {}),
    },
  };
}

/** What the changes added to an item beyond the message's own fields (its history, a removal). */
function changeFacts(state: ItemState): Record<string, unknown> {
  const { call: _call, ...facts } = state.metadata;
  return facts;
}

function callOf(state: ItemState): InboundMessage["call"] {
  const parsed = callDataSchema.safeParse(state.metadata.call);
  if (!parsed.success) throw new Error("a call item lost its call data while changes were applied");
  return parsed.data;
}

function insertableKind(kind: string, fallback: InboundMessage["kind"]): InboundMessage["kind"] {
  const parsed = inboundKindSchema.safeParse(kind);
  return parsed.success ? parsed.data : fallback;
}

async function storedItems(trx: Transaction<Database>, groups: ChangeEvent[][]) {
  const pairs = groups.flatMap((events) =>
    events[0] ? [[events[0].connectorId, events[0].message.externalId]] : [],
  );
  const { rows } = await sql<{
    id: string;
    connector_id: string;
    external_id: string;
    kind: string;
    occurred_at: Date;
    metadata: Record<string, unknown>;
    conversation_id: string | null;
    customer_id: string | null;
    inbound_event_id: string | null;
    body_text: string;
    body_html: string | null;
  }>`
    select id, connector_id, external_id, kind, occurred_at, metadata, conversation_id, customer_id,
      inbound_event_id, body_text, body_html
    from timeline_events
    where (connector_id, external_id) in (
      select * from unnest(${pairs.map((p) => p[0])}::uuid[], ${pairs.map((p) => p[1])}::text[]))
    for update
  `.execute(trx);
  return new Map(rows.map((row) => [`${row.connector_id}|${row.external_id}`, row]));
}

/**
 * The asker (the conversation's contact) of stored items that received a helpful mark in this
 * batch: only their own mark counts (core `isHelpfulMarkByOther`).
 */
async function threadAskers(
  trx: Transaction<Database>,
  stored: Awaited<ReturnType<typeof storedItems>>,
  byItem: Map<string, ChangeEvent[]>,
) {
  const marked = [...byItem].flatMap(([key, events]) => {
    const row = stored.get(key);
    const helpful = events.some((e) => {
      const change = changeOf(e.message);
      return change.type === "solution" && change.how === "helpful";
    });
    return row && helpful ? [row.id] : [];
  });
  const askers = new Map<
    string,
    { identity: { kind: IdentityKind; value: string } | null; country: CountryCode }
  >();
  if (marked.length === 0) return askers;
  const rows = await trx
    .selectFrom("timeline_events as e")
    .innerJoin("connectors as k", "k.id", "e.connector_id")
    .leftJoin("conversations as c", "c.id", "e.conversation_id")
    .leftJoin("identities as i", "i.id", "c.identity_id")
    .select(["e.id", "i.kind", "i.value", "k.default_country"])
    .where("e.id", "in", marked)
    .execute();
  for (const row of rows)
    askers.set(row.id, {
      identity: row.kind && row.value ? { kind: row.kind, value: row.value } : null,
      country: countryCodeSchema.parse(row.default_country),
    });
  return askers;
}

/**
 * The new item of this batch that changes of the same batch apply to (a post and its acceptance,
 * caught up together), taken out of `toInsert` to be written once with them. Not for a helpful
 * mark, which counts only once the asker of the stored thread is known: it waits for the item.
 */
function createdInThisBatch(
  toInsert: MessageToWrite[],
  key: string,
  events: ChangeEvent[],
): MessageToWrite | undefined {
  const helpful = events.some((e) => {
    const change = changeOf(e.message);
    return change.type === "solution" && change.how === "helpful";
  });
  if (helpful) return undefined;
  const index = toInsert.findIndex((item) => `${item.connectorId}|${item.message.externalId}` === key);
  if (index < 0) return undefined;
  const [created] = toInsert.splice(index, 1);
  return created;
}
