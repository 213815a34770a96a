import { timingSafeEqual } from "node:crypto";
import type { ConnectorContext, HandshakeAnswer, WebhookRequest } from "../connector.ts";
import type { FacebookConfig, FacebookSecrets } from "./facebook-config.ts";

/**
 * Meta's callback verification (Graph API Webhooks, "Verification Requests"): a GET with
 * hub.mode=subscribe, hub.verify_token and hub.challenge, answered 200 with the bare challenge when
 * the token is ours, 403 otherwise.
 */
export function facebookHandshake(
  request: WebhookRequest,
  { secrets }: ConnectorContext<FacebookConfig, FacebookSecrets>,
): HandshakeAnswer {
  const query = new URL(request.url, "http://callback.invalid").searchParams;
  const mode = query.get("hub.mode");
  const token = query.get("hub.verify_token") ?? "";
  const challenge = query.get("hub.challenge");
  if (mode !== "subscribe" || challenge === null || challenge.length === 0 || challenge.length > 1000) {
    return plain(403, "Expected Meta's verification request: hub.mode=subscribe with hub.challenge");
  }
  if (!sameText(secrets.verifyToken, token)) {
    return plain(403, "hub.verify_token is not the verify token of this connector");
  }
  return plain(200, challenge);
}

function plain(status: HandshakeAnswer["status"], body: string): HandshakeAnswer {
  return { status, contentType: "text/plain", body };
}

function sameText(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
