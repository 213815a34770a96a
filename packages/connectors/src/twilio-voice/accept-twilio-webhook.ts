import type { TwilioVoiceRequest } from "./twilio-voice-request-schema.ts";
import type { AcceptedDelivery, ConnectorContext, WebhookRefusal, WebhookRequest } from "../connector.ts";
import { calledUrl } from "./called-url.ts";
import { TWILIO_SIGNATURE_HEADER, verifyTwilioSignature, type TwilioSignatureVerdict } from "./signature.ts";
import { twilioDedupeKey } from "./twilio-event.ts";
import type { TwilioParams } from "./twilio-params.ts";
import { readTwilioVoiceRequest, TwilioRequestError } from "./twilio-voice-request.ts";
import type { TwilioVoiceConfig, TwilioVoiceSecrets } from "./twilio-voice-config.ts";
import { bodyTypeOf, readTwilioParams } from "./read-twilio-body.ts";

/** Verifies Twilio's signature over the URL it called, then checks the request against core's schema. */
export function acceptTwilioWebhook(
  request: WebhookRequest,
  { config, secrets }: ConnectorContext<TwilioVoiceConfig, TwilioVoiceSecrets>,
): AcceptedDelivery | WebhookRefusal {
  const url = calledUrl(config.publicBaseUrl, request.url);
  const type = bodyTypeOf(url, request.headers["content-type"]);
  let params: TwilioParams;
  try {
    params = readTwilioParams(type, request.rawBody);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, status: 400, code: "malformed", message: `The body cannot be read: ${detail}` };
  }
  const payload =
    type === "application/json"
      ? { kind: "json" as const, body: request.rawBody }
      : { kind: "form" as const, params };
  const verdict = verifyTwilioSignature(
    secrets.authToken,
    request.headers[TWILIO_SIGNATURE_HEADER],
    url,
    payload,
  );
  if (!verdict.ok)
    return { ok: false, status: 401, code: verdict.problem, message: refusalText(verdict.problem, url) };

  let voice: TwilioVoiceRequest;
  try {
    voice = readTwilioVoiceRequest(params);
  } catch (error) {
    if (!(error instanceof TwilioRequestError)) throw error;
    return { ok: false, status: 400, code: "malformed", message: error.message };
  }
  if (voice.AccountSid !== undefined && voice.AccountSid !== config.accountSid) {
    return {
      ok: false,
      status: 403,
      code: "wrong_account",
      message: `This connector receives calls of Twilio account ${config.accountSid}, not ${voice.AccountSid}`,
    };
  }
  return { ok: true, dedupeKey: twilioDedupeKey(voice, request.rawBody), contentType: type };
}

function refusalText(
  problem: Extract<TwilioSignatureVerdict, { ok: false }>["problem"],
  url: string,
): string {
  switch (problem) {
    case "missing_signature":
      return "The X-Twilio-Signature header is missing: this request did not come from Twilio";
    case "signature_mismatch":
      return `The X-Twilio-Signature does not match ${url.replace(/\/\/[^/@]*@/, "//")} and this body: check the connector's public base URL (it must be the URL configured at Twilio) and auth token`;
    case "body_hash_mismatch":
      return "The body's SHA-256 does not match the bodySHA256 Twilio signed in the URL";
    default: {
      const unknown: never = problem;
      return `Unknown signature problem ${String(unknown)}`;
    }
  }
}
