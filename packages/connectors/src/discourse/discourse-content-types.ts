/** A webhook delivery, stored exactly as Discourse posted it: `{ "<event type>": payload }`. */
export const DISCOURSE_WEBHOOK_CONTENT_TYPE = "application/json";
/** A post a catch-up fetched: `{ post, topic }` from /t/<id>.json and /t/<id>/posts.json. */
export const DISCOURSE_POLLED_POST_CONTENT_TYPE = "application/vnd.emma.discourse-post+json";
/** A topic's accepted answer a catch-up found: `{ post, topic, accepter? }`. */
export const DISCOURSE_POLLED_ANSWER_CONTENT_TYPE = "application/vnd.emma.discourse-answer+json";

export function mediaTypeOf(contentType: string): string {
  return contentType.split(";")[0]?.trim().toLowerCase() ?? "";
}
