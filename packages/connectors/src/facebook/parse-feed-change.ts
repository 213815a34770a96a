import type { Attachment, InboundChange, InboundMessage } from "@emma/core";
import { isHttpUrl } from "./messenger-attachments.ts";
import { commentThreadKey } from "./thread-keys.ts";
import { epochDate, feedValueSchema, type FeedValue } from "./webhook-payload.ts";

export interface FeedContext {
  pageId: string;
  /** The entry's time: when Meta saw the change (an edit, a removal). */
  entryTime: Date;
}

/**
 * A comment on one of the Page's posts (Page webhook field `feed`, item `comment`, verbs add / edited
 * / remove) as one message of the conversation of its top-level comment. Other feed items (posts,
 * reactions, shares) and verbs (hide, unhide) give nothing.
 *
 * Meta's quirk: a top-level comment's `parent_id` is the post id; a reply's is the comment it
 * answers. The Page's own comments (from.id = page id) are outbound items.
 */
export function parseFeedChange(raw: unknown, context: FeedContext): InboundMessage | undefined {
  const parsed = feedValueSchema.safeParse(raw);
  if (!parsed.success) return undefined;
  const value = parsed.data;
  if (value.item !== "comment" || value.comment_id === undefined) return undefined;
  const change = changeOf(value, context);
  if (change === "ignored") return undefined;

  const replyTo =
    value.parent_id !== undefined && value.parent_id !== value.post_id ? value.parent_id : undefined;
  const fromPage = value.from?.id === context.pageId;
  const createdAt = value.created_time === undefined ? context.entryTime : epochDate(value.created_time);
  const identities =
    value.from === undefined || fromPage
      ? []
      : [
          {
            kind: "facebook" as const,
            value: value.from.id,
            ...(value.from.name ? { display: value.from.name } : {}),
          },
        ];
  return {
    channel: "facebook",
    kind: "message",
    externalId: value.comment_id,
    // Replies join their parent's conversation; the parent found by `threading` wins over this key
    // when Meta nests deeper than one level.
    threadKey: commentThreadKey(replyTo ?? value.comment_id),
    occurredAt: createdAt,
    direction: fromPage ? "outbound" : "inbound",
    // Everyone reading the post reads the thread: the agent may answer privately instead.
    publicThread: true,
    author: { ...(value.from?.name && !fromPage ? { name: value.from.name } : {}), identities },
    text: value.message ?? "",
    attachments: mediaOf(value),
    ...(replyTo === undefined ? {} : { threading: { referencedIds: [replyTo] } }),
    ...(change === undefined ? {} : { change }),
    metadata: {
      source: "comment",
      commentId: value.comment_id,
      ...(value.post_id === undefined ? {} : { postId: value.post_id }),
      ...(replyTo === undefined ? {} : { parentCommentId: replyTo }),
      ...(value.post?.permalink_url ? { postPermalink: value.post.permalink_url } : {}),
      ...(value.post?.status_type ? { postType: value.post.status_type } : {}),
      // The private reply to this comment must leave within 7 days of it (see privateReplyWindow).
      commentedAt: createdAt.toISOString(),
      ...(fromPage ? { sentBy: "page" } : {}),
      // What the console shows above the thread; the post's text is looked up after ingest.
      ...(value.post_id === undefined
        ? {}
        : {
            context: {
              postId: value.post_id,
              ...(value.post?.permalink_url ? { permalink: value.post.permalink_url } : {}),
            },
          }),
    },
  };
}

function changeOf(value: FeedValue, context: FeedContext): InboundChange | undefined | "ignored" {
  switch (value.verb) {
    case "add":
      return undefined;
    case "edited":
      return { type: "edit", editedAt: context.entryTime };
    case "remove":
      // Meta names who removed it only through `from`: the Page removing a comment is moderation.
      return {
        type: "delete",
        deletedAt: context.entryTime,
        by: value.from?.id === context.pageId ? "moderator" : "author",
        purge: false,
      };
    default:
      return "ignored";
  }
}

/** A photo or video comment names its file by URL, like Messenger's attachments. */
function mediaOf(value: FeedValue): Attachment[] {
  const files: Attachment[] = [];
  if (value.photo && isHttpUrl(value.photo))
    files.push({ filename: "photo.jpg", contentType: "image/jpeg", size: 0, url: value.photo });
  if (value.video && isHttpUrl(value.video))
    files.push({ filename: "video.mp4", contentType: "video/mp4", size: 0, url: value.video });
  return files;
}
