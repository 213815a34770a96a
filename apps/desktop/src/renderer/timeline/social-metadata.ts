import {
  itemEditSchema,
  itemRemovalSchema,
  replyVisibilitySchema,
  type ItemEdit,
  type ItemRemoval,
  type ReplyVisibility,
} from "@emma/core";
import { z } from "zod";

// Accessors for what ingest and the outbox write into a social item's metadata; each reads only its
// own fields and checks them, so one odd item still renders (see item-metadata.ts).

/** The customer's earlier versions of an edited item, oldest first, and when it was last edited. */
export function editsOf(metadata: unknown): { edits: ItemEdit[]; editedAt: string } | null {
  const parsed = z
    .object({ edits: z.array(itemEditSchema).min(1), editedAt: z.string() })
    .safeParse(metadata);
  return parsed.success ? parsed.data : null;
}

/** Deleted by the customer, removed by the Page or account, and whether its content is gone. */
export function removalOf(metadata: unknown): ItemRemoval | null {
  const parsed = z.object({ removed: itemRemovalSchema }).safeParse(metadata);
  return parsed.success ? parsed.data.removed : null;
}

export type Receipt = { state: "delivered" | "read"; at: string };

/** A provider's receipt for our reply (Messenger's delivery and read watermarks). */
export function receiptOf(metadata: unknown): Receipt | null {
  const read = z.object({ delivery: z.literal("read"), readAt: z.string() }).safeParse(metadata);
  if (read.success) return { state: "read", at: read.data.readAt };
  const delivered = z
    .object({ delivery: z.literal("delivered"), deliveredAt: z.string() })
    .safeParse(metadata);
  return delivered.success ? { state: "delivered", at: delivered.data.deliveredAt } : null;
}

/** Whether a social reply went into the public thread or privately. */
export function visibilityOf(metadata: unknown): ReplyVisibility | null {
  const parsed = z.object({ visibility: replyVisibilitySchema }).safeParse(metadata);
  return parsed.success ? parsed.data.visibility : null;
}

export interface CommentPost {
  postId: string;
  /** Facebook's link to the post, when the webhook named it. */
  permalink: string | null;
}

const commentSchema = z.object({
  source: z.literal("comment"),
  postId: z.string(),
  postPermalink: z.string().optional(),
});

/** The Page post a comment thread belongs to: the first item in the thread that names it. */
export function commentPostOf(items: readonly { metadata: unknown }[]): CommentPost | null {
  let found: CommentPost | null = null;
  for (const item of items) {
    const parsed = commentSchema.safeParse(item.metadata);
    if (!parsed.success) continue;
    const permalink = httpUrl(parsed.data.postPermalink);
    if (permalink !== null) return { postId: parsed.data.postId, permalink };
    found ??= { postId: parsed.data.postId, permalink: null };
  }
  return found;
}

/** Only an http(s) link is offered to open: anything else from outside stays text. */
function httpUrl(value: string | undefined): string | null {
  if (value === undefined) return null;
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : null;
  } catch {
    return null;
  }
}
