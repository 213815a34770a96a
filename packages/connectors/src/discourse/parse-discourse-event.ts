import { RECEIVED_AT_HEADER } from "../twilio-voice/occurred-at.ts";
import type { InboundMessage } from "@emma/core";
import { z } from "zod";
import type { StoredEvent } from "../connector.ts";
import type { DiscourseConfig } from "./discourse-config.ts";
import {
  DISCOURSE_POLLED_ANSWER_CONTENT_TYPE,
  DISCOURSE_POLLED_POST_CONTENT_TYPE,
  DISCOURSE_WEBHOOK_CONTENT_TYPE,
  mediaTypeOf,
} from "./discourse-content-types.ts";
import { readDiscourseDelivery } from "./discourse-delivery.ts";
import { discoursePostSchema, discourseTopicSchema } from "./discourse-objects.ts";
import { parseLike, parseSolved } from "./parse-discourse-decision.ts";
import { parseDiscoursePost } from "./parse-discourse-post.ts";
import { parseDiscourseTopic } from "./parse-discourse-topic.ts";

type ParseConfig = Pick<DiscourseConfig, "siteUrl" | "apiUsername" | "agentUsernames">;

export const polledPostSchema = z.object({ post: discoursePostSchema, topic: discourseTopicSchema });
export type PolledPost = z.infer<typeof polledPostSchema>;
export const polledAnswerSchema = z.object({
  post: discoursePostSchema,
  topic: discourseTopicSchema,
  accepter: z.string().max(60).optional().describe("accepter_username, when the forum shows who marked it"),
});
export type PolledAnswer = z.infer<typeof polledAnswerSchema>;

/** A stored Discourse event (a webhook delivery, or what a catch-up fetched) as timeline messages. Pure. */
export function parseDiscourseEvent(event: StoredEvent, config: ParseConfig): InboundMessage[] {
  const body = event.body.toString("utf8");
  switch (mediaTypeOf(event.contentType)) {
    case DISCOURSE_POLLED_POST_CONTENT_TYPE: {
      const { post, topic } = polledPostSchema.parse(JSON.parse(body));
      return parseDiscoursePost(post, topic, config);
    }
    case DISCOURSE_POLLED_ANSWER_CONTENT_TYPE: {
      const { post, accepter } = polledAnswerSchema.parse(JSON.parse(body));
      return [parseSolved(post, true, accepter)];
    }
    case DISCOURSE_WEBHOOK_CONTENT_TYPE:
      return parseWebhook(event.headers, body, config);
    default:
      throw new Error(`The Discourse connector cannot read ${event.contentType}`);
  }
}

function parseWebhook(
  headers: Readonly<Record<string, string>>,
  body: string,
  config: ParseConfig,
): InboundMessage[] {
  const delivery = readDiscourseDelivery(headers, body);
  switch (delivery.kind) {
    case "ping":
    case "other":
      return [];
    case "post":
      return parseDiscoursePost(delivery.post, {}, config, delivery.event, receivedAt(headers));
    case "topic":
      return parseDiscourseTopic(delivery.topic, delivery.event);
    case "solved":
      if (delivery.event === "accepted_solution") return [parseSolved(delivery.post, true)];
      if (delivery.event === "unaccepted_solution") return [parseSolved(delivery.post, false)];
      return [];
    case "like":
      if (delivery.event === "post_liked") return parseLike(delivery.like, true, config);
      // Core Discourse sends no event when a like is taken back; a plugin that adds one names it so.
      if (delivery.event === "post_unliked") return parseLike(delivery.like, false, config);
      return [];
    default: {
      const unknown: never = delivery;
      throw new Error(`Unknown Discourse delivery ${JSON.stringify(unknown)}`);
    }
  }
}

/**
 * When Emma received the delivery. Discourse recovers a post without touching its updated_at, so a
 * recovery's own payload may date from before the deletion it undoes; the delivery's arrival is
 * the earliest time the recovery is known to have happened.
 */
function receivedAt(headers: Readonly<Record<string, string>>): Date | undefined {
  const at = Date.parse(headers[RECEIVED_AT_HEADER] ?? "");
  return Number.isNaN(at) ? undefined : new Date(at);
}
