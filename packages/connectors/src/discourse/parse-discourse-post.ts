import type { InboundChange, InboundMessage } from "@emma/core";
import { isOwnUsername, type DiscourseConfig } from "./discourse-config.ts";
import { cookedToText } from "./cooked-text.ts";
import { postEventOf } from "./discourse-dedupe-key.ts";
import { forumIdentity } from "./discourse-identity.ts";
import { DISCOURSE_POST_TYPES, type DiscoursePost } from "./discourse-objects.ts";
import { postExternalId, postUrl, topicThreadKey } from "./discourse-thread-key.ts";
import { threadChange } from "./thread-change.ts";

/** What a post's own payload may lack (a topic's posts.json has no title): the topic it is in. */
export interface TopicFacts {
  title?: string | null | undefined;
  slug?: string | null | undefined;
  archetype?: string | null | undefined;
}

type ParseConfig = Pick<DiscourseConfig, "siteUrl" | "apiUsername" | "agentUsernames">;

// Small-action posts Discourse writes when a topic is closed, opened, archived or unarchived.
const CLOSING_CODES: Readonly<Record<string, boolean>> = {
  "closed.enabled": true,
  "closed.disabled": false,
  "autoclosed.enabled": true,
  "autoclosed.disabled": false,
  "archived.enabled": true,
  "archived.disabled": false,
};

/**
 * A post as a timeline item. Posts by Emma's staff accounts or by forum staff are outbound (ours,
 * in the topic's conversation); every other post is its author's, a customer's. The event
 * (named by the webhook, or derived from a polled post's state) says what the post does.
 */
export function parseDiscoursePost(
  post: DiscoursePost,
  topic: TopicFacts,
  config: ParseConfig,
  webhookEvent?: string,
  receivedAt?: Date,
): InboundMessage[] {
  if (post.post_type !== DISCOURSE_POST_TYPES.regular) return closingOf(post);
  const event = postEventOf(post, webhookEvent);
  const ours =
    isOwnUsername(config, post.username) ||
    post.staff === true ||
    post.moderator === true ||
    post.admin === true;
  const title = topic.title ?? post.topic_title ?? undefined;
  const archetype = topic.archetype ?? post.topic_archetype ?? "regular";
  const item: InboundMessage = {
    channel: "forum",
    kind: "forum_post",
    externalId: postExternalId(post.id),
    threadKey: topicThreadKey(post.topic_id),
    occurredAt: new Date(post.created_at),
    direction: ours ? "outbound" : "inbound",
    author: ours
      ? { identities: [] }
      : {
          name: post.name?.trim() || post.username,
          identities: [forumIdentity(config, post.user_id, post.username)],
        },
    ...(title ? { subject: title } : {}),
    publicThread: archetype !== "private_message",
    text: post.raw ?? cookedToText(post.cooked),
    ...(post.cooked ? { html: post.cooked } : {}),
    attachments: [],
    metadata: {
      source: webhookEvent ?? "poll",
      topicId: post.topic_id,
      postNumber: post.post_number,
      replyToPostNumber: post.reply_to_post_number ?? null,
      url: postUrl(config.siteUrl, post.topic_id, post.post_number, topic.slug ?? post.topic_slug),
      staff: ours,
      ...(ours ? { postedBy: post.username } : {}),
      username: post.username,
      userId: post.user_id,
      version: post.version,
      archetype,
      ...(post.category_id ? { categoryId: post.category_id } : {}),
      ...(post.category_slug ? { categorySlug: post.category_slug } : {}),
    },
  };
  const change = changeOf(post, event, receivedAt);
  if (change === undefined) return [item];
  const changed: InboundMessage = { ...item, change };
  // Unhiding has no event of its own: the next edit of a post that was hidden brings it back.
  if (event === "post_edited") {
    return [changed, { ...item, change: { type: "restore", restoredAt: new Date(post.updated_at) } }];
  }
  return [changed];
}

function changeOf(
  post: DiscoursePost,
  event: string,
  receivedAt: Date | undefined,
): InboundChange | undefined {
  switch (event) {
    case "post_destroyed": {
      const byAuthor = post.user_deleted === true || readDeletedBy(post) === post.user_id;
      return {
        type: "delete",
        deletedAt: new Date(post.deleted_at ?? post.updated_at),
        by: byAuthor ? "author" : "moderator",
        purge: false,
      };
    }
    case "post_hidden":
      // Hidden by flags or a moderator: the text stays at Discourse, out of the public's sight.
      return { type: "delete", deletedAt: new Date(post.updated_at), by: "moderator", purge: false };
    case "post_recovered": {
      const updated = new Date(post.updated_at);
      return { type: "restore", restoredAt: receivedAt && receivedAt > updated ? receivedAt : updated };
    }
    case "post_edited":
      return { type: "edit", editedAt: new Date(post.updated_at) };
    default:
      return undefined;
  }
}

function readDeletedBy(post: DiscoursePost): number | undefined {
  const deletedBy: unknown = post.deleted_by;
  if (typeof deletedBy !== "object" || deletedBy === null || !("id" in deletedBy)) return undefined;
  return typeof deletedBy.id === "number" ? deletedBy.id : undefined;
}

function closingOf(post: DiscoursePost): InboundMessage[] {
  const closed = post.action_code ? CLOSING_CODES[post.action_code] : undefined;
  if (closed === undefined || post.deleted_at) return [];
  return [threadChange(post.topic_id, { type: "thread", at: new Date(post.created_at), closed })];
}
