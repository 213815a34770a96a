/** A webhook delivery of the X Activity API, stored exactly as X posted it. */
export const XAA_CONTENT_TYPE = "application/json";
/** A mention or reply fetched by a poll: `{ data: post, includes }` from GET /2/users/:id/mentions. */
export const X_POLLED_POST_CONTENT_TYPE = "application/vnd.emma.x-post+json";
/** A DM event fetched by a poll: `{ data: dm event, includes }` from GET /2/dm_events. */
export const X_POLLED_DM_CONTENT_TYPE = "application/vnd.emma.x-dm-event+json";

export function mediaTypeOf(contentType: string): string {
  return contentType.split(";")[0]?.trim().toLowerCase() ?? "";
}
