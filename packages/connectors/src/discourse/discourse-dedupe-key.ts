import { createHash } from "node:crypto";
import type { DiscourseDelivery } from "./discourse-delivery.ts";
import type { DiscoursePost, DiscourseTopic } from "./discourse-objects.ts";

/**
 * The state a post event reports, named like Discourse's events. A catch-up sees only the post's
 * state, so a polled copy is named by the same rule and meets its webhook twin under one key.
 */
export function postEventOf(post: DiscoursePost, webhookEvent?: string): string {
  if (webhookEvent === "post_destroyed" || post.deleted_at || post.user_deleted) return "post_destroyed";
  if (post.hidden) return "post_hidden";
  if (webhookEvent === "post_recovered") return "post_recovered";
  if (webhookEvent === "post_edited" || post.version > 1) return "post_edited";
  return "post_created";
}

/**
 * A Discourse retry is a new event with a new X-Discourse-Event-Id, so deliveries are keyed by
 * what they say: an edit bumps the version; removals and recoveries carry their time. An edit in
 * Discourse's grace period keeps version 1, so such an edit is told apart by its updated_at.
 */
export function postDedupeKey(post: DiscoursePost, webhookEvent?: string): string {
  const event = postEventOf(post, webhookEvent);
  const base = `post:${String(post.id)}:v${String(post.version)}:${event}`;
  switch (event) {
    case "post_destroyed":
      return `${base}:${post.deleted_at ?? post.updated_at}`;
    case "post_hidden":
    case "post_recovered":
      return `${base}:${post.updated_at}`;
    case "post_edited":
      return post.version === 1 ? `${base}:${post.updated_at}` : base;
    default:
      return base;
  }
}

/**
 * The topic payload carries no updated_at: a topic event is keyed by the state it reports (title,
 * status, removal), so a retry of it is stored once.
 */
export function topicDedupeKey(topic: DiscourseTopic, event: string): string {
  const state = [
    topic.title,
    topic.closed,
    topic.archived,
    topic.visible,
    topic.deleted_at ?? "",
    topic.last_posted_at ?? "",
  ].join("\u0000");
  const digest = createHash("sha256").update(state).digest("hex").slice(0, 16);
  return `topic:${String(topic.id)}:${event}:${digest}`;
}

/**
 * Solved's and like payloads are the post as it is now: they carry no time of the decision, and a
 * post accepted, unaccepted and accepted again looks the same each time. The event id keeps those
 * apart; a retry stored twice repeats the same idempotent change.
 */
export function decisionDedupeKey(
  postId: number,
  event: string,
  eventId: string,
  post: DiscoursePost,
): string {
  return `post:${String(postId)}:${event}:${eventId === "" ? post.updated_at : `e${eventId}`}`;
}

/** A catch-up's sighting of an accepted answer, once per topic activity. */
export function polledAnswerDedupeKey(postId: number, topic: DiscourseTopic): string {
  return `post:${String(postId)}:accepted_solution:seen:${topic.bumped_at ?? topic.last_posted_at ?? topic.created_at}`;
}

export function deliveryDedupeKey(delivery: DiscourseDelivery): string {
  switch (delivery.kind) {
    case "ping":
      return `ping:${delivery.eventId}`;
    case "post":
      return postDedupeKey(delivery.post, delivery.event);
    case "topic":
      return topicDedupeKey(delivery.topic, delivery.event);
    case "solved":
      return decisionDedupeKey(delivery.post.id, delivery.event, delivery.eventId, delivery.post);
    case "like":
      return decisionDedupeKey(delivery.like.post.id, delivery.event, delivery.eventId, delivery.like.post);
    case "other":
      // Stored for the record, never parsed into anything: one row per delivery is plenty.
      return `${delivery.type}:${delivery.event}:e${delivery.eventId}`;
    default: {
      const unknown: never = delivery;
      throw new Error(`Unknown Discourse delivery ${JSON.stringify(unknown)}`);
    }
  }
}
