import {
  callDataSchema,
  timelineAttachmentSchema,
  type ExportedAttachment,
  type ExportedConversation,
  type ExportedItem,
} from "@emma/core";
import type { Kysely, Selectable } from "kysely";
import type { Database, TimelineEventsTable } from "../../db/schema.ts";

type ItemRow = Pick<
  Selectable<TimelineEventsTable>,
  | "id"
  | "kind"
  | "channel"
  | "direction"
  | "occurred_at"
  | "author_name"
  | "subject"
  | "body_text"
  | "metadata"
  | "inbound_event_id"
>;
import { attachmentFile } from "./export-attachment-file.ts";

const BATCH = 500;

export interface CollectedTimeline {
  conversations: ExportedConversation[];
  /** The attachment files by their path inside the ZIP. */
  files: Map<string, Uint8Array>;
}

/**
 * Every timeline item of the person's records, oldest first, grouped by conversation, with each
 * attachment's file when Emma has one. Read in batches; `onProgress` hears how many items are done.
 */
export async function collectTimeline(
  db: Kysely<Database>,
  recordIds: string[],
  onProgress: (done: number, total: number) => Promise<void>,
): Promise<CollectedTimeline> {
  const order = await db
    .selectFrom("timeline_events")
    .select("id")
    .where("customer_id", "in", recordIds)
    .orderBy("occurred_at")
    .orderBy("id")
    .execute();
  const ids = order.map((row) => row.id);
  await onProgress(0, ids.length);
  const files = new Map<string, Uint8Array>();
  const byConversation = new Map<string | null, ExportedItem[]>();
  for (let start = 0; start < ids.length; start += BATCH) {
    const chunk = ids.slice(start, start + BATCH);
    const rows = await db
      .selectFrom("timeline_events as e")
      .leftJoin("connectors as c", "c.id", "e.connector_id")
      // Not the search vectors: they are as large as the text and no part of the export.
      .select([
        "e.id",
        "e.conversation_id",
        "e.kind",
        "e.channel",
        "e.direction",
        "e.occurred_at",
        "e.author_name",
        "e.subject",
        "e.body_text",
        "e.metadata",
        "e.inbound_event_id",
        "c.config as connector_config",
      ])
      .where("e.id", "in", chunk)
      .execute();
    const byId = new Map(rows.map((row) => [row.id, row]));
    for (const id of chunk) {
      const row = byId.get(id);
      if (!row) continue;
      const demo = row.connector_config?.demo === true;
      const item = await exportedItem(db, row, demo, files);
      const list = byConversation.get(row.conversation_id) ?? [];
      list.push(item);
      byConversation.set(row.conversation_id, list);
    }
    await onProgress(Math.min(start + BATCH, ids.length), ids.length);
  }
  return { conversations: await conversationsOf(db, recordIds, byConversation), files };
}

async function exportedItem(
  db: Kysely<Database>,
  row: ItemRow,
  demo: boolean,
  files: Map<string, Uint8Array>,
): Promise<ExportedItem> {
  const metadata = row.metadata;
  const listed: unknown[] = Array.isArray(metadata.attachments) ? metadata.attachments : [];
  const attachments: ExportedAttachment[] = [];
  for (const [index, value] of listed.entries()) {
    const attachment = timelineAttachmentSchema.safeParse(value);
    if (!attachment.success) continue;
    const { filename, contentType, size } = attachment.data;
    const file = await attachmentFile(
      db,
      { itemId: row.id, inboundEventId: row.inbound_event_id, demo },
      attachment.data,
      index,
    );
    if (file.kind === "file") {
      const path = `attachments/${row.id}/${index + 1}-${safeFilename(filename)}`;
      files.set(path, file.content);
      attachments.push({ filename, contentType, size, file: path, absence: null });
    } else attachments.push({ filename, contentType, size, file: null, absence: file.absence });
  }
  const call = callDataSchema.safeParse(metadata.call);
  return {
    id: row.id,
    kind: row.kind,
    channel: row.channel,
    direction: row.direction,
    occurredAt: row.occurred_at.toISOString(),
    author: row.author_name,
    subject: row.subject,
    text: row.body_text,
    attachments,
    call: call.success ? call.data : null,
    forum:
      row.kind === "forum_post"
        ? {
            topicId: numberOrNull(metadata.topicId),
            postNumber: numberOrNull(metadata.postNumber),
            url: typeof metadata.url === "string" ? metadata.url : null,
            category: typeof metadata.category === "string" ? metadata.category : null,
          }
        : null,
    redacted: metadata.redacted !== undefined,
  };
}

async function conversationsOf(
  db: Kysely<Database>,
  recordIds: string[],
  byConversation: Map<string | null, ExportedItem[]>,
): Promise<ExportedConversation[]> {
  const ids = [...byConversation.keys()].filter((id): id is string => id !== null);
  const rows = await db
    .selectFrom("conversations")
    .select(["id", "channel", "subject", "status", "created_at"])
    .where((eb) =>
      eb.or([eb("customer_id", "in", recordIds), ...(ids.length > 0 ? [eb("id", "in", ids)] : [])]),
    )
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  const conversations: ExportedConversation[] = rows.map((row) => ({
    id: row.id,
    channel: row.channel,
    subject: row.subject,
    status: row.status,
    createdAt: row.created_at.toISOString(),
    items: byConversation.get(row.id) ?? [],
  }));
  const loose = byConversation.get(null);
  if (loose)
    conversations.push({
      id: null,
      channel: "internal",
      subject: null,
      status: null,
      createdAt: null,
      items: loose,
    });
  return conversations;
}

function numberOrNull(value: unknown): number | null {
  return typeof value === "number" && Number.isInteger(value) ? value : null;
}

/** A name safe in any unzip tool: no folders, no control characters, not empty. */
function safeFilename(name: string): string {
  const safe = name
    .replace(/[/\\:*?"<>|\p{Cc}]/gu, "_")
    .replace(/^\.+/, "_")
    .slice(0, 120);
  return safe === "" ? "file" : safe;
}
