import { signatureRefusal } from "../webhook-signature.ts";
import type { AcceptedDelivery, ConnectorContext, WebhookRefusal, WebhookRequest } from "../connector.ts";
import { malformedBody } from "../malformed-body.ts";
import type { XConfig, XSecrets } from "./x-config.ts";
import { XAA_CONTENT_TYPE } from "./x-content-types.ts";
import { verifyXSignature, X_SIGNATURE_HEADER } from "./x-signature.ts";
import { readXaaDelivery, type XaaDelivery } from "./xaa-event.ts";

/** Checks X's signature over the raw body, then the delivery's shape and that it is this account's. */
export function acceptXWebhook(
  request: WebhookRequest,
  { config, secrets }: ConnectorContext<XConfig, XSecrets>,
): AcceptedDelivery | WebhookRefusal {
  const verdict = verifyXSignature(
    secrets.consumerSecret,
    request.rawBody,
    request.headers[X_SIGNATURE_HEADER],
  );
  if (!verdict.ok) {
    return signatureRefusal(verdict.problem, {
      missing: `The ${X_SIGNATURE_HEADER} header is missing: this request did not come from X`,
      mismatch: `The ${X_SIGNATURE_HEADER} does not match this body: check the connector's consumer secret (the X app's API secret)`,
    });
  }
  let delivery: XaaDelivery;
  try {
    delivery = readXaaDelivery(request.rawBody.toString("utf8"));
  } catch (error) {
    return malformedBody("an X Activity API event", error);
  }
  const forUser = filterUserOf(delivery);
  if (forUser !== undefined && forUser !== config.accountUserId) {
    return {
      ok: false,
      status: 403,
      code: "wrong_account",
      message: `This connector receives the events of X user ${config.accountUserId}, not of ${forUser}: point that subscription at its own connector's webhook`,
    };
  }
  return { ok: true, dedupeKey: `xaa:${eventUuidOf(delivery)}`, contentType: XAA_CONTENT_TYPE };
}

function filterUserOf(delivery: XaaDelivery): string | undefined {
  return delivery.kind === "other" ? delivery.filterUserId : delivery.event.filter?.user_id;
}

function eventUuidOf(delivery: XaaDelivery): string {
  return delivery.kind === "other" ? delivery.eventUuid : delivery.event.event_uuid;
}
