import type { ConnectorContext, HandshakeAnswer, WebhookRequest } from "../connector.ts";
import type { XConfig, XSecrets } from "./x-config.ts";
import { xSignature } from "./x-signature.ts";

/**
 * X's Challenge-Response Check: GET ?crc_token=… on the webhook URL, at registration and then
 * regularly; a wrong answer marks the webhook invalid and stops deliveries.
 * https://docs.x.com/x-api/webhooks/quickstart
 */
export function answerXCrc(
  request: WebhookRequest,
  { secrets }: ConnectorContext<XConfig, XSecrets>,
): HandshakeAnswer {
  const token = crcTokenOf(request.url);
  if (token === undefined) {
    return {
      status: 400,
      contentType: "text/plain",
      body: "An X webhook check needs a crc_token query parameter",
    };
  }
  return {
    status: 200,
    contentType: "application/json",
    body: JSON.stringify({ response_token: xSignature(secrets.consumerSecret, token) }),
  };
}

function crcTokenOf(url: string): string | undefined {
  const query = url.split("#")[0]?.split("?")[1];
  const token = query === undefined ? null : new URLSearchParams(query).get("crc_token");
  return token === null || token === "" ? undefined : token;
}
