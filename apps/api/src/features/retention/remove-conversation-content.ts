import { redactItem, type DutyInForce } from "@emma/core";
import { sql, type Transaction } from "kysely";
import type { Database } from "../../db/schema.ts";
import { dueConversations } from "./due-rows.ts";
import { removeRawEventContent } from "./remove-raw-event-content.ts";

export interface RemovedConversations {
  conversations: number;
  rawEvents: number;
}

/**
 * One batch of the resolved-conversations rule. Rows stay (reports stay true, and the connector's
 * external ids keep a late replay from bringing anything back); their content goes: every item
 * through core's redactItem, the subject, the sent replies' payloads, the files only these items
 * named, pending fetches, and the raw events behind the items (mail attachments are cut from them).
 * Conversations are locked and re-checked in this transaction, so one reopened meanwhile is skipped.
 */
export async function removeConversationContent(
  trx: Transaction<Database>,
  props: { cutoff: Date; duties: readonly DutyInForce[]; now: Date; limit: number },
): Promise<RemovedConversations> {
  const conversations = await dueConversations(trx, props.cutoff, props.duties)
    .select("c.id")
    .orderBy("c.last_message_at")
    .limit(props.limit)
    .forUpdate()
    .skipLocked()
    .execute();
  const conversationIds = conversations.map((c) => c.id);
  if (conversationIds.length === 0) return { conversations: 0, rawEvents: 0 };

  const items = await trx
    .selectFrom("timeline_events")
    .select(["id", "kind", "metadata", "inbound_event_id"])
    .where("conversation_id", "in", conversationIds)
    .forUpdate()
    .execute();
  const files = new Set<string>();
  const rawEvents = new Set<string>();
  for (const item of items) {
    for (const sha256 of attachmentHashes(item.metadata.attachments)) files.add(sha256);
    if (item.inbound_event_id) rawEvents.add(item.inbound_event_id);
    for (const id of stringsOf(item.metadata.sourceEventIds)) rawEvents.add(id);
    const redacted = redactItem(item.kind, item.metadata, { at: props.now, cause: "retention" });
    await trx
      .updateTable("timeline_events")
      .set({
        subject: redacted.subject,
        conversation_subject: null,
        body_text: redacted.bodyText,
        body_html: redacted.bodyHtml,
        author_name: redacted.authorName,
        metadata: JSON.stringify(redacted.metadata),
      })
      .where("id", "=", item.id)
      .execute();
  }

  // Replies not yet sent keep theirs: they may still be retried.
  const sentReplies = await trx
    .selectFrom("outbox")
    .select(["id", "payload"])
    .where("conversation_id", "in", conversationIds)
    .where("status", "=", "sent")
    .execute();
  for (const reply of sentReplies)
    for (const sha256 of attachmentHashes(reply.payload.attachments)) files.add(sha256);
  if (sentReplies.length > 0)
    await trx
      .updateTable("outbox")
      .set({ payload: JSON.stringify({}) })
      .where(
        "id",
        "in",
        sentReplies.map((reply) => reply.id),
      )
      .execute();
  await trx
    .updateTable("conversations")
    .set({ subject: null, content_removed_at: props.now })
    .where("id", "in", conversationIds)
    .execute();
  const itemIds = items.map((item) => item.id);
  if (itemIds.length > 0)
    await trx.deleteFrom("file_fetches").where("timeline_event_id", "in", itemIds).execute();
  await deleteUnreferencedFiles(trx, [...files]);
  return {
    conversations: conversationIds.length,
    rawEvents: await removeRawEventContent(trx, [...rawEvents], props.now),
  };
}

/**
 * Kept files are content-addressed and may be shared: one goes only when no item or reply names it
 * any more.
 */
async function deleteUnreferencedFiles(trx: Transaction<Database>, hashes: string[]): Promise<void> {
  if (hashes.length === 0) return;
  await trx
    .deleteFrom("kept_files as k")
    .where("k.sha256", "in", hashes)
    .where(
      sql<boolean>`not exists (select 1 from timeline_events e
        where e.metadata -> 'attachments' @> jsonb_build_array(jsonb_build_object('sha256', k.sha256)))`,
    )
    .where(
      sql<boolean>`not exists (select 1 from outbox o
        where o.payload -> 'attachments' @> jsonb_build_array(jsonb_build_object('sha256', k.sha256)))`,
    )
    .execute();
}

function attachmentHashes(attachments: unknown): string[] {
  if (!Array.isArray(attachments)) return [];
  return attachments.flatMap((attachment: unknown) =>
    typeof attachment === "object" &&
    attachment !== null &&
    "sha256" in attachment &&
    typeof attachment.sha256 === "string"
      ? [attachment.sha256]
      : [],
  );
}

function stringsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === "string") : [];
}
