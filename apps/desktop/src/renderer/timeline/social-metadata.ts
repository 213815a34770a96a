import type { ItemEdit, ItemRemoval, ReplyVisibility } from "@emma/core";
import { messageFacts, type StoredItem } from "./item-metadata.ts";

// The social facts of an item, read through core's message metadata contract (item-metadata.ts):
// small accessors, so the console never fishes fields out of the raw metadata.

/** The customer's earlier versions of an edited item, oldest first, and when it was last edited. */
export function editsOf(item: StoredItem): { edits: ItemEdit[]; editedAt: string } | null {
  const { edits, editedAt } = messageFacts(item);
  return edits && edits.length > 0 && editedAt ? { edits, editedAt } : null;
}

/** Deleted by the customer, removed by the Page or account, and whether its content is gone. */
export function removalOf(item: StoredItem): ItemRemoval | null {
  return messageFacts(item).removed ?? null;
}

export type Receipt = { state: "delivered" | "read"; at: string };

/** A provider's receipt for our reply (Messenger's delivery and read watermarks). */
export function receiptOf(item: StoredItem): Receipt | null {
  const { delivery, deliveredAt, readAt } = messageFacts(item);
  if (delivery === "read" && readAt) return { state: "read", at: readAt };
  if (delivery === "delivered" && deliveredAt) return { state: "delivered", at: deliveredAt };
  return null;
}

/** Whether a social reply went into the public thread or privately. */
export function visibilityOf(item: StoredItem): ReplyVisibility | null {
  return messageFacts(item).visibility ?? null;
}

export interface CommentPost {
  postId: string;
  /** The provider's link to the post, when the webhook named one. */
  permalink: string | null;
  /** The beginning of the post's text, once Emma has asked the provider for it. */
  excerpt: string | null;
}

/** The post a comment thread belongs to: the first item in the thread whose context names it. */
export function commentPostOf(items: readonly StoredItem[]): CommentPost | null {
  let found: CommentPost | null = null;
  for (const item of items) {
    const context = messageFacts(item).context;
    if (context?.postId === undefined) continue;
    const post = { postId: context.postId, excerpt: context.excerpt ?? null };
    const permalink = httpUrl(context.permalink);
    if (permalink !== null) return { ...post, permalink };
    found ??= { ...post, permalink: null };
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
