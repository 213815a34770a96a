import {
  chooseThread,
  conversationIdOfReplyToken,
  conversationIdPrefixOfSubjectToken,
  type InboundMessage,
  type ThreadCandidates,
} from "@emma/core";
import { sql, type Transaction } from "kysely";
import type { Database } from "../db/schema.ts";
import { ERASED_KEY_PREFIX } from "../features/erasure/tombstone-key.ts";

export interface ThreadedMessage {
  connectorId: string;
  message: InboundMessage;
}

/** Where a message with threading clues was put, for the timeline item's metadata. */
export interface ThreadFinding {
  conversationId: string;
  rule: string;
}

/**
 * Points messages that carry threading clues (email) at the conversation they continue by giving
 * them that conversation's thread key; `chooseThread` decides between the clues. Only conversations
 * of the message's own connector count: one mailbox's threads never swallow another's mail.
 * Returns the findings by message, so automated mail can tell whether it belongs anywhere.
 */
export async function resolveThreads(
  trx: Transaction<Database>,
  items: ThreadedMessage[],
): Promise<Map<InboundMessage, ThreadFinding>> {
  const findings = new Map<InboundMessage, ThreadFinding>();
  const hinted = items.filter((item) => item.message.threading);
  if (hinted.length === 0) return findings;
  const referenced = await referencedItems(trx, hinted);
  const byToken = await conversationsById(trx, hinted);
  const bySubject = await conversationsBySubjectRef(trx, hinted);
  for (const { connectorId, message } of hinted) {
    const hints = message.threading;
    if (!hints) continue;
    const candidates: ThreadCandidates = {};
    const tokenId = hints.replyToken ? conversationIdOfReplyToken(hints.replyToken) : undefined;
    const tokenThread = tokenId ? byToken.get(`${connectorId}|${tokenId}`) : undefined;
    if (tokenThread) candidates["reply-token"] = tokenThread.id;
    for (const id of hints.referencedIds) {
      const found = referenced.get(`${connectorId}|${id}`);
      if (!found) continue;
      if (found.direction === "outbound") candidates["our-message-id"] ??= found.conversation_id;
      else candidates["stored-message-id"] ??= found.conversation_id;
    }
    const prefix = hints.subjectToken ? conversationIdPrefixOfSubjectToken(hints.subjectToken) : undefined;
    const subjectThread = prefix ? bySubject.get(`${connectorId}|${prefix}`) : undefined;
    if (subjectThread) candidates["subject-token"] = subjectThread.id;
    const chosen = chooseThread(candidates);
    if (!chosen) continue;
    const thread = threadKeyOf(
      chosen.conversationId,
      [...byToken.values(), ...bySubject.values()],
      referenced,
    );
    if (thread === undefined) continue;
    message.threadKey = thread;
    findings.set(message, chosen);
  }
  return findings;
}

interface ThreadRow {
  id: string;
  external_thread_key: string;
}

function threadKeyOf(
  conversationId: string,
  threads: ThreadRow[],
  referenced: Map<string, { conversation_id: string; external_thread_key: string }>,
): string | undefined {
  const direct = threads.find((t) => t.id === conversationId);
  if (direct) return direct.external_thread_key;
  for (const row of referenced.values())
    if (row.conversation_id === conversationId) return row.external_thread_key;
  return undefined;
}

/** Stored items (ours and the customer's) whose provider id a message refers to. */
async function referencedItems(trx: Transaction<Database>, items: ThreadedMessage[]) {
  const pairs = items.flatMap(({ connectorId, message }) =>
    (message.threading?.referencedIds ?? []).map((id) => [connectorId, id] as const),
  );
  const found = new Map<
    string,
    { conversation_id: string; direction: string; external_thread_key: string }
  >();
  if (pairs.length === 0) return found;
  const { rows } = await sql<{
    connector_id: string;
    external_id: string;
    conversation_id: string;
    direction: string;
    external_thread_key: string;
  }>`
    select e.connector_id, e.external_id, e.conversation_id, e.direction, c.external_thread_key
    from timeline_events e join conversations c on c.id = e.conversation_id
    where (e.connector_id, e.external_id) in (
      select * from unnest(${pairs.map((p) => p[0])}::uuid[], ${pairs.map((p) => p[1])}::text[]))
      and c.connector_id = e.connector_id
  `.execute(trx);
  for (const row of rows) found.set(`${row.connector_id}|${row.external_id}`, row);
  return found;
}

async function conversationsById(trx: Transaction<Database>, items: ThreadedMessage[]) {
  const ids = items.flatMap(({ message }) => {
    const token = message.threading?.replyToken;
    const id = token ? conversationIdOfReplyToken(token) : undefined;
    return id ? [id] : [];
  });
  const found = new Map<string, ThreadRow>();
  if (ids.length === 0) return found;
  const rows = await trx
    .selectFrom("conversations")
    .select(["id", "connector_id", "external_thread_key"])
    .where("id", "in", ids)
    .where("external_thread_key", "not like", `${ERASED_KEY_PREFIX}%`)
    .execute();
  for (const row of rows) if (row.connector_id) found.set(`${row.connector_id}|${row.id}`, row);
  return found;
}

/** A subject ref names the first 40 bits of a conversation id: a range on the primary key. */
async function conversationsBySubjectRef(trx: Transaction<Database>, items: ThreadedMessage[]) {
  const found = new Map<string, ThreadRow>();
  for (const { connectorId, message } of items) {
    const ref = message.threading?.subjectToken;
    const prefix = ref ? conversationIdPrefixOfSubjectToken(ref) : undefined;
    if (!prefix || found.has(`${connectorId}|${prefix}`)) continue;
    const rows = await trx
      .selectFrom("conversations")
      .select(["id", "external_thread_key"])
      .where("connector_id", "=", connectorId)
      .where("external_thread_key", "not like", `${ERASED_KEY_PREFIX}%`)
      .where("id", ">=", `${prefix}00-0000-0000-000000000000`)
      .where("id", "<=", `${prefix}ff-ffff-ffff-ffffffffffff`)
      .orderBy("last_message_at", "desc")
      .limit(1)
      .execute();
    const [row] = rows;
    if (row) found.set(`${connectorId}|${prefix}`, row);
  }
  return found;
}

/**
 * Our own items that name nobody and carry no clue (a forum post our staff wrote at the forum, not
 * through Emma) go to the conversation their thread key already names, if there is one.
 */
export async function resolveOwnThreads(
  trx: Transaction<Database>,
  items: ThreadedMessage[],
  findings: Map<InboundMessage, ThreadFinding>,
): Promise<void> {
  const unplaced = items.filter((item) => !findings.has(item.message));
  if (unplaced.length === 0) return;
  const { rows } = await sql<{ id: string; connector_id: string; external_thread_key: string }>`
    select id, connector_id, external_thread_key from conversations
    where (connector_id, external_thread_key) in (
      select * from unnest(${unplaced.map((i) => i.connectorId)}::uuid[], ${unplaced.map((i) => i.message.threadKey)}::text[]))
  `.execute(trx);
  const byKey = new Map(rows.map((row) => [`${row.connector_id}|${row.external_thread_key}`, row.id]));
  for (const { connectorId, message } of unplaced) {
    const conversationId = byKey.get(`${connectorId}|${message.threadKey}`);
    if (conversationId) findings.set(message, { conversationId, rule: "thread-key" });
  }
}
