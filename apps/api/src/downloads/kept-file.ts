import { availabilityOf, timelineAttachmentSchema } from "@emma/core";
import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";
import { DownloadRefusal } from "./stored-item.ts";

/**
 * The file behind attachment `index` when Emma keeps it: fetched from the URL a provider named, or
 * uploaded by an agent for a reply. Null for a mail part, cut from the raw mail instead. An attachment
 * still being fetched, or one Emma gave up on, is refused with the reason the agent can act on.
 */
export async function keptFileFor(
  db: Kysely<Database>,
  metadata: Record<string, unknown>,
  index: number,
): Promise<{ filename: string; content: Buffer } | null> {
  const listed: unknown = Array.isArray(metadata.attachments) ? metadata.attachments[index] : undefined;
  const attachment = timelineAttachmentSchema.safeParse(listed);
  if (!attachment.success) return null;
  if (attachment.data.url === undefined) return uploadedFile(db, attachment.data);
  const availability = availabilityOf(attachment.data);
  switch (availability.kind) {
    case "pending":
      throw new DownloadRefusal(
        409,
        "fetching",
        "Emma is still fetching this file from the provider; try again in a moment",
      );
    case "failed":
      throw new DownloadRefusal(404, "not_kept", availability.failure.message);
    case "available":
      break;
    default: {
      const unknown: never = availability;
      return unknown;
    }
  }
  const sha256 = attachment.data.sha256;
  const file = sha256
    ? await db.selectFrom("kept_files").select("content").where("sha256", "=", sha256).executeTakeFirst()
    : undefined;
  if (!file) throw new DownloadRefusal(404, "not_kept", "Emma does not have this file");
  return { filename: attachment.data.filename, content: Buffer.from(file.content) };
}

/** A file an agent sent with a reply; a mail part (whose sha256 is not kept on its own) gives null. */
async function uploadedFile(
  db: Kysely<Database>,
  attachment: { filename: string; sha256?: string | undefined },
): Promise<{ filename: string; content: Buffer } | null> {
  if (attachment.sha256 === undefined) return null;
  const file = await db
    .selectFrom("kept_files")
    .select("content")
    .where("sha256", "=", attachment.sha256)
    .executeTakeFirst();
  return file ? { filename: attachment.filename, content: Buffer.from(file.content) } : null;
}
