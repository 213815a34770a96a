import type { AcceptedDelivery, ConnectorContext, WebhookRefusal, WebhookRequest } from "../connector.ts";
import type { CtiConfig, CtiSecrets } from "./cti-config.ts";
import { ctiContentTypeOf, ctiStepOf, parseCtiRequest, type CtiRequest } from "./cti-event.ts";
import { ctiTokenOf, sameToken } from "./cti-token.ts";
import { malformedBody } from "../malformed-body.ts";

/**
 * Checks the shared token, then the event's shape (Emma's JSON or Zammad's form or JSON); one stored
 * event per call and step.
 */
export function acceptCtiWebhook(
  request: WebhookRequest,
  { secrets }: ConnectorContext<CtiConfig, CtiSecrets>,
): AcceptedDelivery | WebhookRefusal {
  const token = ctiTokenOf(request);
  if (token === undefined) {
    return {
      ok: false,
      status: 401,
      code: "missing_token",
      message: "No token: add ?token=… to the webhook URL (or send Authorization: Bearer …)",
    };
  }
  if (!sameToken(secrets.token, token)) {
    return {
      ok: false,
      status: 401,
      code: "bad_token",
      message: "The token does not match this connector's",
    };
  }
  const contentType = ctiContentTypeOf(request.headers["content-type"]);
  let parsed: CtiRequest;
  try {
    parsed = parseCtiRequest(contentType, request.rawBody);
  } catch (error) {
    return malformedBody("a valid call event", error);
  }
  const step = ctiStepOf(parsed);
  return { ok: true, dedupeKey: `${step.callId}:${step.event}`, contentType };
}
