import { discourseConfigSchema, type DiscourseConfig } from "../discourse-config.ts";
import type { DiscoursePost, DiscourseTopic } from "../discourse-objects.ts";
import { discourseSignature } from "../discourse-signature.ts";

export const SITE = "https://community.bank.example";
export const WEBHOOK_SECRET = "forum-webhook-secret-1";
export const API_KEY = "0123456789abcdef0123456789abcdef";

export function forumConfig(overrides: Partial<DiscourseConfig> = {}): DiscourseConfig {
  return { ...discourseConfigSchema.parse({ siteUrl: SITE, apiUsername: "emma_support" }), ...overrides };
}

/** A post as WebHookPostSerializer writes it (trimmed to what a forum post always has). */
export function postPayload(overrides: Partial<DiscoursePost> = {}): DiscoursePost {
  return {
    id: 501,
    name: "Jürgen Weiß",
    username: "juergen_w",
    user_id: 42,
    avatar_template: "/user_avatar/community.bank.example/juergen_w/{size}/7_2.png",
    created_at: "2026-11-02T09:15:00.000Z",
    updated_at: "2026-11-02T09:15:00.000Z",
    cooked: "<p>Meine Karte wird im Ausland <strong>abgelehnt</strong>.</p>",
    raw: "Meine Karte wird im Ausland **abgelehnt**.",
    post_number: 1,
    post_type: 1,
    reply_to_post_number: null,
    topic_id: 77,
    topic_slug: "karte-im-ausland-abgelehnt",
    topic_title: "Karte im Ausland abgelehnt",
    topic_archetype: "regular",
    category_id: 5,
    category_slug: "karten",
    version: 1,
    moderator: false,
    admin: false,
    staff: false,
    hidden: false,
    deleted_at: null,
    user_deleted: false,
    ...overrides,
  };
}

/** A topic as WebHookTopicViewSerializer writes it. */
export function topicPayload(overrides: Partial<DiscourseTopic> = {}): DiscourseTopic {
  return {
    id: 77,
    title: "Karte im Ausland abgelehnt",
    slug: "karte-im-ausland-abgelehnt",
    archetype: "regular",
    category_id: 5,
    created_at: "2026-11-02T09:15:00.000Z",
    last_posted_at: "2026-11-02T10:00:00.000Z",
    closed: false,
    archived: false,
    visible: true,
    deleted_at: null,
    user_id: 42,
    created_by: { id: 42, username: "juergen_w", name: "Jürgen Weiß" },
    ...overrides,
  };
}

/** Headers and body exactly as Jobs::EmitWebHookEvent sends them. */
export function signedDelivery(
  type: string,
  event: string,
  payload: unknown,
  eventId = "1001",
  secret = WEBHOOK_SECRET,
): { headers: Record<string, string>; body: string } {
  const body = type === "ping" ? JSON.stringify({ ping: "OK" }) : JSON.stringify({ [type]: payload });
  return {
    body,
    headers: {
      "content-type": "application/json",
      "x-discourse-instance": SITE,
      "x-discourse-event-id": eventId,
      "x-discourse-event-type": type,
      ...(event ? { "x-discourse-event": event } : {}),
      "x-discourse-event-signature": discourseSignature(secret, body),
    },
  };
}
