import { z } from "zod";
import {
  discourseLikeSchema,
  discoursePostSchema,
  discourseTopicSchema,
  type DiscourseLike,
  type DiscoursePost,
  type DiscourseTopic,
} from "./discourse-objects.ts";

export const DISCOURSE_EVENT_HEADER = "x-discourse-event";
export const DISCOURSE_EVENT_TYPE_HEADER = "x-discourse-event-type";
export const DISCOURSE_EVENT_ID_HEADER = "x-discourse-event-id";
export const DISCOURSE_INSTANCE_HEADER = "x-discourse-instance";

/**
 * One webhook delivery. Discourse posts `{ "<event type>": payload }` and names the event in
 * X-Discourse-Event (post_created, topic_closed_status_updated, accepted_solution, post_liked…);
 * a ping is `{ "ping": "OK" }`. Event types Emma does not read (user, category…) are `other`.
 */
export type DiscourseDelivery =
  | { kind: "ping"; eventId: string }
  | { kind: "post"; event: string; post: DiscoursePost }
  | { kind: "topic"; event: string; topic: DiscourseTopic }
  | { kind: "solved"; event: string; eventId: string; post: DiscoursePost }
  | { kind: "like"; event: string; eventId: string; like: DiscourseLike }
  | { kind: "other"; type: string; event: string; eventId: string };

const bodySchema = z.record(z.string(), z.unknown());

export class MissingEventHeaderError extends Error {
  override readonly name = "MissingEventHeaderError";
}

/** Reads a delivery from its headers and raw body; throws on a body that is not Discourse's. */
export function readDiscourseDelivery(
  headers: Readonly<Record<string, string | undefined>>,
  body: string,
): DiscourseDelivery {
  const type = headers[DISCOURSE_EVENT_TYPE_HEADER]?.trim();
  const event = headers[DISCOURSE_EVENT_HEADER]?.trim() ?? "";
  const eventId = headers[DISCOURSE_EVENT_ID_HEADER]?.trim() ?? "";
  if (!type) throw new MissingEventHeaderError(`the ${DISCOURSE_EVENT_TYPE_HEADER} header is missing`);
  if (type !== "ping" && !event) {
    throw new MissingEventHeaderError(`the ${DISCOURSE_EVENT_HEADER} header is missing`);
  }
  const json = bodySchema.parse(JSON.parse(body));
  const payload = json[type];
  switch (type) {
    case "ping":
      return { kind: "ping", eventId };
    case "post":
      return { kind: "post", event, post: discoursePostSchema.parse(payload) };
    case "topic":
      return { kind: "topic", event, topic: discourseTopicSchema.parse(payload) };
    case "solved":
      return { kind: "solved", event, eventId, post: discoursePostSchema.parse(payload) };
    case "like":
      return { kind: "like", event, eventId, like: discourseLikeSchema.parse(payload) };
    default:
      return { kind: "other", type, event, eventId };
  }
}
