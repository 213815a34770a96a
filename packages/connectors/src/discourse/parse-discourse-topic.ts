import type { InboundMessage } from "@emma/core";
import type { DiscourseTopic } from "./discourse-objects.ts";
import { threadChange } from "./thread-change.ts";

const CLOSING_EVENTS = new Set([
  "topic_closed_status_updated",
  "topic_autoclosed_status_updated",
  "topic_archived_status_updated",
]);

/**
 * A topic event as a change of its conversation. topic_created is nothing of its own: its first
 * post (post_created) carries the question. The topic payload has no updated_at, so a change is
 * dated by the newest time it does carry; the closing's own small-action post dates it exactly.
 */
export function parseDiscourseTopic(topic: DiscourseTopic, event: string): InboundMessage[] {
  const at = latestTime(topic);
  if (event === "topic_edited" || event === "topic_revised") {
    return [threadChange(topic.id, { type: "thread", at, subject: topic.title })];
  }
  if (CLOSING_EVENTS.has(event)) {
    return [threadChange(topic.id, { type: "thread", at, closed: topic.closed || topic.archived })];
  }
  if (event === "topic_destroyed") {
    const creator = topic.created_by?.id ?? topic.user_id;
    const byAuthor = topic.deleted_by?.id !== undefined && topic.deleted_by.id === creator;
    return [
      threadChange(topic.id, {
        type: "thread",
        at: topic.deleted_at ? new Date(topic.deleted_at) : at,
        removed: { by: byAuthor ? "author" : "moderator" },
      }),
    ];
  }
  if (event === "topic_recovered") {
    return [threadChange(topic.id, { type: "thread", at, removed: null })];
  }
  return [];
}

function latestTime(topic: DiscourseTopic): Date {
  const times = [topic.created_at, topic.last_posted_at, topic.bumped_at, topic.deleted_at]
    .filter((time): time is string => typeof time === "string")
    .map((time) => new Date(time).getTime());
  return new Date(Math.max(...times));
}
