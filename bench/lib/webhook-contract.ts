import { createHmac } from "node:crypto";

/**
 * The `emma-inbound` webhook contract as a sender sees it (packages/connectors/src/emma-inbound):
 * written out here rather than imported, because a sender only has the documentation, and because
 * bench does not depend on @emma/connectors.
 */
export const WEBHOOK_KIND = "emma-inbound";
export const NORMALIZED_CONTENT_TYPE = "application/vnd.emma.inbound+json";
export const SIGNATURE_HEADER = "x-emma-signature";
export const EVENT_ID_HEADER = "x-emma-event-id";

export function signBody(secret: string, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
}

/** Posts one signed delivery; resolves with the HTTP status once the API has answered. */
export async function postWebhook(url: string, secret: string, eventId: string, body: string): Promise<number> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", [SIGNATURE_HEADER]: signBody(secret, body), [EVENT_ID_HEADER]: eventId },
    body,
  });
  await response.arrayBuffer();
  return response.status;
}
