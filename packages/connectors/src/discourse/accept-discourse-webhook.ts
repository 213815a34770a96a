import { signatureRefusal } from "../webhook-signature.ts";
import type { AcceptedDelivery, ConnectorContext, WebhookRefusal, WebhookRequest } from "../connector.ts";
import { malformedBody } from "../malformed-body.ts";
import type { DiscourseConfig, DiscourseSecrets } from "./discourse-config.ts";
import { DISCOURSE_WEBHOOK_CONTENT_TYPE } from "./discourse-content-types.ts";
import { deliveryDedupeKey } from "./discourse-dedupe-key.ts";
import {
  MissingEventHeaderError,
  readDiscourseDelivery,
  type DiscourseDelivery,
} from "./discourse-delivery.ts";
import { DISCOURSE_SIGNATURE_HEADER, verifyDiscourseSignature } from "./discourse-signature.ts";

/** Checks the signature over the raw body, then that the body is a Discourse event Emma can store. */
export function acceptDiscourseWebhook(
  request: WebhookRequest,
  { secrets }: ConnectorContext<DiscourseConfig, DiscourseSecrets>,
): AcceptedDelivery | WebhookRefusal {
  const verdict = verifyDiscourseSignature(
    secrets.webhookSecret,
    request.rawBody,
    request.headers[DISCOURSE_SIGNATURE_HEADER],
  );
  if (!verdict.ok) {
    return signatureRefusal(verdict.problem, {
      missing:
        "The X-Discourse-Event-Signature header is missing: give the Discourse webhook the same secret as this connector",
      mismatch:
        "The X-Discourse-Event-Signature does not match this body: the webhook's secret in Discourse differs from this connector's",
    });
  }
  let delivery: DiscourseDelivery;
  try {
    delivery = readDiscourseDelivery(request.headers, request.rawBody.toString("utf8"));
  } catch (error) {
    if (error instanceof MissingEventHeaderError) {
      return {
        ok: false,
        status: 400,
        code: "missing_event",
        message: `This is no Discourse webhook delivery: ${error.message}`,
      };
    }
    return malformedBody("a Discourse webhook event", error);
  }
  return { ok: true, dedupeKey: deliveryDedupeKey(delivery), contentType: DISCOURSE_WEBHOOK_CONTENT_TYPE };
}
