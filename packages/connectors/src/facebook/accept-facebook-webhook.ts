import { signatureRefusal } from "../webhook-signature.ts";
import { createHash } from "node:crypto";
import type { AcceptedDelivery, ConnectorContext, WebhookRefusal, WebhookRequest } from "../connector.ts";
import { malformedBody } from "../malformed-body.ts";
import type { FacebookConfig, FacebookSecrets } from "./facebook-config.ts";
import { HUB_SIGNATURE_HEADER, verifyHubSignature } from "./signature.ts";
import { pageWebhookSchema } from "./webhook-payload.ts";

export const FACEBOOK_CONTENT_TYPE = "application/json";

/**
 * Checks Meta's signature over the raw bytes, then that the body is a Page webhook. Meta gives a
 * delivery no id and sends the same body again when we do not answer 2xx: its SHA-256 is the dedupe
 * key (the items in it dedupe on their mid / comment id anyway).
 */
export function acceptFacebookWebhook(
  request: WebhookRequest,
  { secrets }: ConnectorContext<FacebookConfig, FacebookSecrets>,
): AcceptedDelivery | WebhookRefusal {
  const verdict = verifyHubSignature(
    secrets.appSecret,
    request.rawBody,
    request.headers[HUB_SIGNATURE_HEADER],
  );
  if (!verdict.ok) {
    return signatureRefusal(verdict.problem, {
      missing: "The X-Hub-Signature-256 header is missing: this request did not come from Meta",
      mismatch:
        "The X-Hub-Signature-256 does not match this body: check the connector's app secret (it must be the secret of the app whose webhook calls this URL)",
    });
  }
  let object: string;
  try {
    object = pageWebhookSchema.parse(JSON.parse(request.rawBody.toString("utf8"))).object;
  } catch (error) {
    return malformedBody('a Page webhook ({"object":"page","entry":[…]})', error);
  }
  if (object !== "page") {
    return {
      ok: false,
      status: 422,
      code: "wrong_object",
      message: `This connector receives Page webhooks (object "page"), not "${object}": subscribe the app's Page webhooks to this URL`,
    };
  }
  return {
    ok: true,
    dedupeKey: createHash("sha256").update(request.rawBody).digest("hex"),
    contentType: FACEBOOK_CONTENT_TYPE,
  };
}
