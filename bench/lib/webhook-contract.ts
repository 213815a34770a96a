import {
  EVENT_ID_HEADER,
  NORMALIZED_CONTENT_TYPE,
  SIGNATURE_HEADER,
  emmaInboundConnector,
  signBody,
} from "@emma/connectors";

export { NORMALIZED_CONTENT_TYPE };
export const WEBHOOK_KIND = emmaInboundConnector.kind;

/** Posts one signed delivery; resolves with the HTTP status once the API has answered. */
export async function postWebhook(
  url: string,
  secret: string,
  eventId: string,
  body: string,
): Promise<number> {
  const response = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      [SIGNATURE_HEADER]: signBody(secret, body),
      [EVENT_ID_HEADER]: eventId,
    },
    body,
  });
  await response.arrayBuffer();
  return response.status;
}
