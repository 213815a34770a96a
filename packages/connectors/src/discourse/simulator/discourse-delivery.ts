import { createHmac } from "node:crypto";

/** The `X-Discourse-Event-Type` values: the key the payload sits under in the body. */
export type DiscourseEventType = "post" | "topic" | "solved" | "like" | "user" | "ping";

/** One forum change as Discourse enqueues it: its event name, type and serialized payload. */
export interface DiscourseEvent {
  /** `X-Discourse-Event`, e.g. post_created, topic_closed_status_updated, accepted_solution. */
  name: string;
  type: DiscourseEventType;
  /** What sits under `body[type]`; ignored for ping (`{"ping":"OK"}`). */
  payload: unknown;
}

/** `sha256=` + hex HMAC-SHA256 of the raw body with the webhook's secret (emit_web_hook_event.rb). */
export function discourseSignature(secret: string, body: string | Buffer): string {
  return `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
}

/** The JSON body Discourse posts: `{ "<type>": payload }`, or `{ "ping": "OK" }`. */
export function deliveryBody(event: DiscourseEvent): string {
  return JSON.stringify(event.type === "ping" ? { ping: "OK" } : { [event.type]: event.payload });
}

/**
 * Headers and body of one delivery as Discourse's Jobs::EmitWebHookEvent sends it. Each attempt is a
 * new WebHookEvent row, so a retry of the same body carries a new `X-Discourse-Event-Id`.
 */
export function discourseDelivery(options: {
  /** `X-Discourse-Instance`: the site's base URL. */
  instance: string;
  /** Omitted or empty: Discourse sends no signature header. */
  secret?: string;
  eventId: number;
  event: DiscourseEvent;
  /** The body to send; by default the event's own (a retry resends the body it first built). */
  body?: string;
}): { body: string; headers: Record<string, string> } {
  const body = options.body ?? deliveryBody(options.event);
  return {
    body,
    headers: {
      accept: "*/*",
      "content-type": "application/json",
      "user-agent": "Discourse/3.5.0",
      "x-discourse-instance": options.instance,
      "x-discourse-event-id": String(options.eventId),
      "x-discourse-event-type": options.event.type,
      "x-discourse-event": options.event.name,
      ...(options.secret ? { "x-discourse-event-signature": discourseSignature(options.secret, body) } : {}),
    },
  };
}

/**
 * The event type a webhook subscribes to for an event name (WebHook::EVENT_NAME_TO_EVENT_TYPE_MAP):
 * status changes such as topic_closed_status_updated come to topic_edited subscribers.
 */
export function subscriptionOf(eventName: string): string {
  return /^topic_\w+_status_updated$/.test(eventName) ? "topic_edited" : eventName;
}
