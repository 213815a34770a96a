import type { InboundMessage } from "@emma/core";
import { isOwnUsername, type DiscourseConfig } from "./discourse-config.ts";
import { forumIdentity } from "./discourse-identity.ts";
import type { DiscourseLike, DiscoursePost } from "./discourse-objects.ts";
import { postExternalId, topicThreadKey } from "./discourse-thread-key.ts";

/**
 * Discourse Solved's accepted_solution / unaccepted_solution: the payload is the post as it is
 * now, with no time of the decision; the post's updated_at stands in, so a replay dates it alike.
 */
export function parseSolved(post: DiscoursePost, accepted: boolean, by?: string): InboundMessage {
  const at = new Date(post.updated_at);
  return {
    channel: "forum",
    kind: "forum_post",
    externalId: postExternalId(post.id),
    threadKey: topicThreadKey(post.topic_id),
    occurredAt: at,
    direction: "inbound",
    author: { identities: [] },
    text: "",
    attachments: [],
    change: { type: "solution", accepted, how: "accepted", at, ...(by ? { by } : {}) },
    metadata: { topicId: post.topic_id, postNumber: post.post_number },
  };
}

/**
 * A like marks a post helpful when the topic's asker gave it. Discourse's like payload names the
 * liker but not the topic's creator, so the liker goes with the change as its author identity:
 * ingest applies it only when that is the conversation's asker. Likes by staff or on the question
 * itself never mark an answer.
 */
export function parseLike(
  like: DiscourseLike,
  liked: boolean,
  config: Pick<DiscourseConfig, "siteUrl" | "apiUsername" | "agentUsernames">,
): InboundMessage[] {
  const { post, user } = like;
  if (post.post_number === 1 || user.id === post.user_id || isOwnUsername(config, user.username)) return [];
  const at = new Date(post.updated_at);
  return [
    {
      channel: "forum",
      kind: "forum_post",
      externalId: postExternalId(post.id),
      threadKey: topicThreadKey(post.topic_id),
      occurredAt: at,
      direction: "inbound",
      author: {
        ...(user.name ? { name: user.name } : {}),
        identities: [forumIdentity(config, user.id, user.username)],
      },
      text: "",
      attachments: [],
      change: { type: "solution", accepted: liked, how: "helpful", at, by: user.username },
      metadata: { topicId: post.topic_id, postNumber: post.post_number, likedBy: user.username },
    },
  ];
}
