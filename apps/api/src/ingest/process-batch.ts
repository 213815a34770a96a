import {
  changeOf,
  identityKey,
  inboundWithoutNul,
  needsStoredItem,
  normalizeIdentities,
  type CountryCode,
  type InboundMessage,
  withoutNul,
  type NormalizedIdentity,
} from "@emma/core";
import { NORMALIZED_CONTENT_TYPE, RECEIVED_AT_HEADER, connectorOf } from "@emma/connectors";
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../db/schema.ts";
import { insertRealtimeEvents, notifyRealtime, type RealtimeMessage } from "../realtime/publish.ts";
import type { Logger } from "../services.ts";
import { claimEvents, type ClaimedEvent } from "./claim-events.ts";
import { IdentityBook, RetryBatchError, holdCustomers, lockIdentities } from "./identity-book.ts";
import { conversationHomes } from "./conversation-homes.ts";
import { linkMessage } from "./link-message.ts";
import { lockKeys } from "../db/advisory-locks.ts";
import { changesStoredItem, type ItemChange } from "./apply-item-changes.ts";
import { applyReceipts, type Receipt } from "./apply-receipts.ts";
import { applyThreadChanges, type ThreadChange } from "./apply-thread-changes.ts";
import { settleSolutions } from "./settle-solutions.ts";
import { followRenames } from "./follow-renames.ts";
import { recordBounces } from "./record-bounces.ts";
import { recordOptOuts } from "./record-opt-outs.ts";
import { resolveOwnThreads, resolveThreads } from "./resolve-threads.ts";
import { keepItemsSharingIds } from "./shared-message-ids.ts";
import { parseStoredEvent } from "./parse-stored-event.ts";
import { writeItems } from "./write-items.ts";
import { erasedReplays } from "./erased-replays.ts";
import { redactRawEvents } from "../features/erasure/erase-raw-events.ts";
import type { TombstoneKey } from "../features/erasure/tombstone-key.ts";
import { updateWaiting } from "./update-waiting.ts";
import { enqueueMatchChecks } from "../features/matching/enqueue-match-checks.ts";
import type { MessageToWrite } from "./write-messages.ts";

/** After this many failed attempts an event stays `failed` until someone replays it. */
export const MAX_PROCESS_ATTEMPTS = 5;

export interface BatchResult {
  processed: string[];
  failed: { id: string; reason: string }[];
  /** Left pending for the next round: another batch was creating one of their identities. */
  deferred: string[];
}

export interface BatchOptions {
  limit: number;
  /** Only these events (still pending); otherwise the oldest due ones. */
  ids?: string[];
  /** See `lockIdentities`: the background processor skips, a caller waiting for its event waits. */
  lockMode?: "wait" | "skip";
  /** Checks messages against erasure tombstones (see erased-replays.ts). */
  tombstoneKey: TombstoneKey;
  /** The unit of the retry backoff (see claimEvents); DEFAULT_RETRY_UNIT_MS unless configured. */
  retryUnitMs?: number;
}

interface Prepared {
  event: ClaimedEvent;
  messages: {
    message: InboundMessage;
    identities: NormalizedIdentity[];
    unlinked: { kind: string; reason: string }[];
  }[];
}

/**
 * Turns pending raw events into customers, conversations and timeline items, many per transaction:
 * one commit and one NOTIFY per batch instead of per event. If anything in a batch fails, the batch
 * is rolled back and its events are tried one by one, so one bad event delays only itself.
 */
export async function processBatch(
  db: Kysely<Database>,
  log: Logger,
  options: BatchOptions,
  retried = false,
): Promise<BatchResult> {
  try {
    return await db.transaction().execute((trx) => processClaimed(trx, log, options));
  } catch (error) {
    if (error instanceof RetryBatchError && !retried) return processBatch(db, log, options, true);
    if (options.ids?.length === 1 || options.limit === 1) {
      const id = options.ids?.[0];
      if (id) await recordFailure(db, log, id, error);
      return { processed: [], failed: id ? [{ id, reason: reasonOf(error) }] : [], deferred: [] };
    }
    log.warn("ingest: a batch failed; trying its events one by one", { reason: reasonOf(error) });
    const ids = await db
      .selectFrom("inbound_events")
      .select("id")
      .where("status", "=", "pending")
      .orderBy("received_at")
      .limit(options.limit)
      .execute();
    const result: BatchResult = { processed: [], failed: [], deferred: [] };
    for (const { id } of options.ids ? options.ids.map((id) => ({ id })) : ids) {
      const single = await processBatch(db, log, {
        limit: 1,
        ids: [id],
        lockMode: "wait",
        tombstoneKey: options.tombstoneKey,
      });
      result.processed.push(...single.processed);
      result.failed.push(...single.failed);
    }
    return result;
  }
}

async function processClaimed(
  trx: Transaction<Database>,
  log: Logger,
  options: BatchOptions,
): Promise<BatchResult> {
  const claimed = await claimEvents(trx, options);
  if (claimed.length === 0) return { processed: [], failed: [], deferred: [] };
  let prepared: Prepared[] = [];
  const failed: BatchResult["failed"] = [];
  for (const event of claimed) {
    try {
      prepared.push(await prepare(event));
    } catch (error) {
      // A body its connector cannot read fails alone, inside this batch; it is kept for replay.
      failed.push({ id: event.id, reason: reasonOf(error) });
      log.warn("ingest: event could not be read; kept for replay", {
        eventId: event.id,
        reason: reasonOf(error),
      });
      await markFailedAttempt(trx, event, error);
    }
  }
  const replays = await erasedReplays(
    trx,
    options.tombstoneKey,
    prepared.flatMap((p) => p.messages),
  );
  const replayed = prepared
    .filter((p) => p.messages.some((m) => replays.has(m.message)))
    .map((p) => p.event.id);
  prepared = prepared.map((p) => ({ ...p, messages: p.messages.filter((m) => !replays.has(m.message)) }));
  const threads = await resolveThreads(
    trx,
    prepared.flatMap((p) =>
      p.messages.map((m) => ({ connectorId: p.event.connectorId, message: m.message })),
    ),
  );
  await resolveOwnThreads(
    trx,
    prepared.flatMap((p) =>
      p.messages
        .filter((m) => followsThread(m.message) && m.message.automated === undefined)
        .map((m) => ({ connectorId: p.event.connectorId, message: m.message })),
    ),
    threads,
  );
  // Machine-written mail never creates or links an identity: it goes where its thread is, or
  // nowhere; nor does a change that only applies to an item or thread already stored.
  const allIdentities = prepared.flatMap((p) =>
    p.messages.filter((m) => linksCustomer(m.message)).flatMap((m) => m.identities),
  );
  const book = await IdentityBook.load(trx, allIdentities);
  const unknown = book.unknown(allIdentities);
  const deferred: string[] = [];
  const lockMode = options.lockMode ?? "wait";
  // Events whose locks another batch holds (mode "skip") wait for this processor's next round.
  const defer = (busy: Set<string>, keysOf: (p: Prepared) => string[]) => {
    const waiting = prepared.filter((p) => keysOf(p).some((key) => busy.has(key)));
    deferred.push(...waiting.map((p) => p.event.id));
    prepared = prepared.filter((p) => !waiting.includes(p));
  };
  if (unknown.length > 0) {
    const busy = await lockIdentities(trx, unknown, lockMode);
    defer(busy, (p) => p.messages.flatMap((m) => m.identities.map(identityKey)));
    await book.read(
      trx,
      unknown.filter((i) => !busy.has(identityKey(i))),
    );
  }
  // Batches that may write one item differently take turns on its key, across batches and
  // instances: webhooks that edit one item (a call's callbacks), so the later batch finds the item
  // the earlier one wrote instead of both writing it and one batch's facts being dropped (DESIGN
  // invariant 1); and items whose ids their senders choose (raw mail), which another, different item may share (see
  // shared-message-ids.ts). Taken after the identity locks, always.
  defer(await lockKeys(trx, prepared.flatMap(contestedItemKeys), lockMode), contestedItemKeys);
  const realtime: RealtimeMessage[] = [];
  await holdCustomers(trx, book);
  const items: MessageToWrite[] = [];
  const homes = await conversationHomes(
    trx,
    prepared.flatMap((p) =>
      p.messages.flatMap((m) => (followsThread(m.message) ? [threads.get(m.message)] : [])),
    ),
  );
  const changes: ItemChange[] = [];
  const receipts: Receipt[] = [];
  const threadChanges: ThreadChange[] = [];
  const renamed: NormalizedIdentity[] = [];
  const toMatch = new Set<string>();
  for (const { event, message, identities, unlinked } of inLockOrder(prepared)) {
    const thread = threads.get(message);
    if (followsThread(message)) {
      const home = thread ? homes.get(thread.conversationId) : undefined;
      // Outside any conversation of ours (an auto-reply to a stranger, the Page commenting under
      // its own post): the raw event is kept, nothing else.
      if (home)
        items.push({
          connectorId: event.connectorId,
          inboundEventId: event.id,
          message,
          linked: home,
          unlinked,
          thread,
        });
      continue;
    }
    const change = changeOf(message);
    if (change.type === "receipt") {
      receipts.push({ connectorId: event.connectorId, threadKey: message.threadKey, change });
      continue;
    }
    if (change.type === "thread") {
      threadChanges.push({
        connectorId: event.connectorId,
        inboundEventId: event.id,
        threadKey: message.threadKey,
        change,
      });
      continue;
    }
    if (!linksCustomer(message)) {
      changes.push({ connectorId: event.connectorId, inboundEventId: event.id, message });
      continue;
    }
    const linked = await linkMessage(
      trx,
      book,
      {
        connectorId: event.connectorId,
        inboundEventId: event.id,
        identities,
        displayName: message.author.name,
        isCall: message.call !== undefined,
      },
      realtime,
      toMatch,
    );
    // What a customer writes can be the evidence (the same request on another channel, a customer
    // number): their profile is compared again, with their newest messages.
    if (message.direction === "inbound" && message.text && linked.customerId) toMatch.add(linked.customerId);
    renamed.push(...identities);
    items.push({
      connectorId: event.connectorId,
      inboundEventId: event.id,
      message,
      linked,
      unlinked,
      thread,
    });
  }
  await recordBounces(
    trx,
    prepared.flatMap((p) =>
      p.messages.flatMap((m) =>
        m.message.automated?.kind === "bounce"
          ? [{ connectorId: p.event.connectorId, message: m.message }]
          : [],
      ),
    ),
    realtime,
  );
  await keepItemsSharingIds(
    trx,
    items,
    new Set(prepared.filter((p) => hasSenderChosenIds(p.event)).map((p) => p.event.id)),
  );
  await followRenames(trx, renamed);
  const written = await writeItems(trx, items, changes);
  await recordOptOuts(trx, written.created);
  await updateWaiting(trx, [
    ...written.created.map(({ item, conversationId }) => ({ conversationId, message: item.message })),
    // An answer accepted is nobody writing: settleSolutions below decides what it settles.
    ...written.updated.flatMap(({ conversationId, message, change }) =>
      conversationId && change !== "solution" ? [{ conversationId, message }] : [],
    ),
  ]);
  await applyReceipts(trx, receipts, realtime);
  await settleSolutions(
    trx,
    [
      ...written.updated.flatMap((u) =>
        u.conversationId && u.applied.includes("solution") ? [u.conversationId] : [],
      ),
      ...written.created.flatMap((c) => (c.item.metadataPatch?.solution ? [c.conversationId] : [])),
    ],
    realtime,
  );
  const threadsWritten = await applyThreadChanges(trx, threadChanges, realtime);
  const stillWaiting = [
    ...written.waiting,
    ...threadsWritten.waiting.map((t) => ({
      inboundEventId: t.inboundEventId,
      reason: "This change of a thread arrived before its conversation; retried later",
    })),
  ];
  const waiting = new Set(stillWaiting.map((w) => w.inboundEventId));
  for (const { inboundEventId, reason } of stillWaiting) {
    const event = prepared.find((p) => p.event.id === inboundEventId)?.event;
    if (event) await markFailedAttempt(trx, event, new Error(reason));
  }
  for (const item of written.updated) {
    realtime.push({
      topic: "timeline.updated",
      userIds: null,
      payload: {
        customerId: item.customerId,
        conversationId: item.conversationId,
        eventId: item.timelineEventId,
        channel: item.message.channel,
        kind: item.message.kind,
        // A stored item is changed by anything but a new item; "new" here would say nothing.
        ...(item.change === "new" ? {} : { change: item.change }),
      },
    });
  }
  for (const { item, conversationId, timelineEventId } of written.created) {
    const { message, linked } = item;
    const facts = { customerId: linked.customerId, conversationId, eventId: timelineEventId };
    realtime.push({
      topic: "timeline.created",
      userIds: null,
      payload: { ...facts, channel: message.channel, kind: message.kind },
    });
    if (message.kind === "call" && message.call?.status === "ringing") {
      realtime.push({
        topic: "call.incoming",
        userIds: null,
        payload: { ...facts, from: message.call.from },
      });
    }
  }
  const processed = prepared.map((p) => p.event.id).filter((id) => !waiting.has(id));
  if (processed.length > 0) {
    await trx
      .updateTable("inbound_events")
      .set({ status: "processed", processed_at: new Date(), last_error: null })
      .where("id", "in", processed)
      .execute();
  }
  const dropped = replayed.filter((id) => processed.includes(id));
  if (dropped.length > 0) {
    // Processed, and emptied like the rest of the erased person's raw events: never replayed again.
    await redactRawEvents(trx, options.tombstoneKey, dropped);
    log.info("ingest: messages of an erased person were not written", { eventIds: dropped });
  }
  await enqueueMatchChecks(trx, toMatch, new Date());
  await notifyRealtime(trx, await insertRealtimeEvents(trx, realtime));
  return { processed, failed, deferred };
}

/** The lock keys of the items this event's messages may write while another batch writes them too. */
function contestedItemKeys({ event, messages }: Prepared): string[] {
  const senderChosen = hasSenderChosenIds(event);
  return messages
    .filter((m) => senderChosen || changesStoredItem(m.message))
    .map((m) => `item:${event.connectorId}:${m.message.externalId}`);
}

/**
 * Whether a message may create or link a customer. Machine-written mail does not; nor does a
 * change that only applies to an item already stored (a recording callback, a removal) or to a
 * thread (a read receipt, a topic renamed or closed).
 */
function linksCustomer(message: InboundMessage): boolean {
  const type = changeOf(message).type;
  return (
    !followsThread(message) &&
    !needsStoredItem(message) &&
    type !== "delete" &&
    type !== "receipt" &&
    type !== "thread"
  );
}

/**
 * Messages that go where their thread is, never to a customer of their own: machine-written mail,
 * and our own items that name nobody (the Page's comment under a customer's, which only names the
 * comment it answers).
 */
function followsThread(message: InboundMessage): boolean {
  return (
    message.automated !== undefined ||
    (message.direction === "outbound" &&
      message.author.identities.length === 0 &&
      changeOf(message).type === "new")
  );
}

/** Events in the provider's own format from a connector whose item ids senders choose (raw mail). */
function hasSenderChosenIds(event: ClaimedEvent): boolean {
  return event.contentType !== NORMALIZED_CONTENT_TYPE && connectorOf(event.kind)?.senderChosenIds === true;
}

/**
 * Every batch upserts its conversations in the same global order (connector, thread), so two
 * batches locking the same conversation rows wait for each other instead of deadlocking. Within a
 * thread, messages keep their order.
 */
function inLockOrder(prepared: Prepared[]) {
  const flat = prepared.flatMap(({ event, messages }) => messages.map((m) => ({ event, ...m })));
  return flat.sort(
    (a, b) =>
      compare(a.event.connectorId, b.event.connectorId) ||
      compare(a.message.threadKey, b.message.threadKey) ||
      a.message.occurredAt.getTime() - b.message.occurredAt.getTime(),
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

async function prepare(event: ClaimedEvent): Promise<Prepared> {
  const messages = await parseStoredEvent(event.kind, event.config, {
    contentType: event.contentType,
    body: event.body,
    // Providers that send no time of their own (e.g. Twilio's transcription callback) use this one.
    headers: { ...event.headers, [RECEIVED_AT_HEADER]: event.receivedAt.toISOString() },
  });
  return {
    event,
    messages: messages.map((parsed) => {
      const message = inboundWithoutNul(parsed);
      const { identities, rejected } = normalizeIdentities(message.author.identities, {
        defaultCountry: event.defaultCountry as CountryCode,
      });
      return { message, identities, unlinked: rejected.map((r) => ({ kind: r.raw.kind, reason: r.reason })) };
    }),
  };
}

async function markFailedAttempt(
  trx: Transaction<Database> | Kysely<Database>,
  event: { id: string; attempts: number },
  error: unknown,
): Promise<void> {
  await trx
    .updateTable("inbound_events")
    .set({
      attempts: event.attempts + 1,
      // A parser's message may quote the provider's bytes, NUL included.
      last_error: withoutNul(reasonOf(error)).slice(0, 2000),
      status: event.attempts + 1 >= MAX_PROCESS_ATTEMPTS ? "failed" : "pending",
    })
    .where("id", "=", event.id)
    .execute();
}

async function recordFailure(db: Kysely<Database>, log: Logger, id: string, error: unknown): Promise<void> {
  log.warn("ingest: event could not be processed; kept for replay", { eventId: id, reason: reasonOf(error) });
  const row = await db
    .selectFrom("inbound_events")
    .select(["id", "attempts"])
    .where("id", "=", id)
    .executeTakeFirst();
  if (row) await markFailedAttempt(db, row, error);
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
