import { extractAttachment } from "@emma/connectors";
import { availabilityOf, type ExportedAttachment, type TimelineAttachment } from "@emma/core";
import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";

/** Where an item's raw message is, for attachments cut from a kept mail. */
export interface ItemSource {
  itemId: string;
  inboundEventId: string | null;
  demo: boolean;
}

export type AttachmentFile =
  | { kind: "file"; content: Uint8Array }
  | { kind: "absent"; absence: NonNullable<ExportedAttachment["absence"]> };

/**
 * The file behind attachment `index` as the download offers it (downloads/serve-attachment.ts):
 * kept by Emma (fetched from a link, or uploaded with a reply), or cut from the raw mail; or why
 * there is none, said in the export instead of leaving the file out silently.
 */
export async function attachmentFile(
  db: Kysely<Database>,
  source: ItemSource,
  attachment: TimelineAttachment,
  index: number,
): Promise<AttachmentFile> {
  if (attachment.url !== undefined) {
    const availability = availabilityOf(attachment);
    if (availability.kind === "pending") return { kind: "absent", absence: "not_fetched" };
    if (availability.kind === "failed") return { kind: "absent", absence: "fetch_failed" };
    return (await keptFile(db, attachment.sha256)) ?? { kind: "absent", absence: "missing" };
  }
  const uploaded = await keptFile(db, attachment.sha256);
  if (uploaded) return uploaded;
  return mailPart(db, source, index);
}

async function keptFile(db: Kysely<Database>, sha256: string | undefined): Promise<AttachmentFile | null> {
  if (sha256 === undefined) return null;
  // As base64 text: PGlite decodes bytea about six times slower, and an export reads every file.
  const row = await db
    .selectFrom("kept_files")
    .select(sql<string>`encode(content, 'base64')`.as("base64"))
    .where("sha256", "=", sha256)
    .executeTakeFirst();
  return row ? { kind: "file", content: new Uint8Array(Buffer.from(row.base64, "base64")) } : null;
}

async function mailPart(db: Kysely<Database>, source: ItemSource, index: number): Promise<AttachmentFile> {
  // The demo's connectors and integrations that send names only have no file to give.
  if (source.demo || source.inboundEventId === null) return { kind: "absent", absence: "names_only" };
  const raw = await db
    .selectFrom("inbound_events")
    .select(["body", "encoding", "content_type"])
    .where("id", "=", source.inboundEventId)
    .executeTakeFirst();
  if (!raw || raw.content_type !== "message/rfc822") return { kind: "absent", absence: "names_only" };
  try {
    const part = await extractAttachment(
      Buffer.from(raw.body, raw.encoding === "base64" ? "base64" : "utf8"),
      index,
    );
    return { kind: "file", content: new Uint8Array(part.content) };
  } catch {
    return { kind: "absent", absence: "missing" };
  }
}
