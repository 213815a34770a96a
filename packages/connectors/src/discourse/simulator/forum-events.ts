import type { DiscourseEvent } from "./discourse-delivery.ts";
import type { ForumState } from "./forum-state.ts";
import type { ForumPost, ForumTopic, ForumUser } from "./forum-types.ts";
import { webhookPostJson } from "./post-json.ts";
import { webhookTopicJson } from "./topic-json.ts";
import { basicUser, webhookUserJson } from "./user-json.ts";

export type PostEventName = "post_created" | "post_edited" | "post_destroyed" | "post_recovered";
export type TopicEventName =
  | "topic_created"
  | "topic_edited"
  | "topic_destroyed"
  | "topic_recovered"
  | "topic_closed_status_updated"
  | "topic_archived_status_updated"
  | "topic_visible_status_updated";

/**
 * The payloads Discourse builds when it enqueues a webhook job (WebHook.enqueue_*_hooks): serialized
 * at that moment, so a retry later carries the post as it was then.
 */
export const forumEvents = {
  post: (state: ForumState, name: PostEventName, post: ForumPost): DiscourseEvent => ({
    name,
    type: "post",
    payload: webhookPostJson(state, post),
  }),
  topic: (state: ForumState, name: TopicEventName, topic: ForumTopic): DiscourseEvent => ({
    name,
    type: "topic",
    payload: webhookTopicJson(state, topic),
  }),
  /** discourse-solved: `{ "solved": <the answer post> }` (WebHook.enqueue_solved_hooks). */
  solved: (
    state: ForumState,
    name: "accepted_solution" | "unaccepted_solution",
    post: ForumPost,
  ): DiscourseEvent => ({ name, type: "solved", payload: webhookPostJson(state, post) }),
  /** WebHookLikeSerializer: the liked post and the user who liked it. */
  like: (state: ForumState, post: ForumPost, liker: ForumUser): DiscourseEvent => ({
    name: "post_liked",
    type: "like",
    payload: { post: webhookPostJson(state, post), user: basicUser(liker) },
  }),
  user: (name: "user_updated" | "user_created", user: ForumUser): DiscourseEvent => ({
    name,
    type: "user",
    payload: webhookUserJson(user).user,
  }),
  ping: (): DiscourseEvent => ({ name: "ping", type: "ping", payload: "OK" }),
};
