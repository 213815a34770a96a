import type { WebhookRequest } from "../connector.ts";
import { signedForm } from "./simulator/post-signed-form.ts";
import { twilioBodySha256, twilioSignature } from "./signature.ts";
import type { TwilioVoiceConfig } from "./twilio-voice-config.ts";

// Test helpers for the connector's tests; not exported from the package.

export const ACCOUNT_SID = `AC${"ab".repeat(16)}`;
export const SERVICE_NUMBER = "+4930123456";
export const config: TwilioVoiceConfig = {
  publicBaseUrl: "https://emma.bank.example",
  accountSid: ACCOUNT_SID,
  serviceNumbers: ["+49 30 123456"],
};
export const secrets = { authToken: "0123456789abcdef0123456789abcdef" };
export const PATH = "/webhooks/2f0e4c1a-6a8e-4b7b-9d1e-0a5b1c2d3e4f";

/** A form webhook as our server sees it: path only, signed over the public URL Twilio called. */
export function formRequest(
  params: Record<string, string>,
  path = PATH,
  signedUrl = config.publicBaseUrl + path,
): WebhookRequest {
  const { body, headers } = signedForm(signedUrl, secrets.authToken, params);
  return { method: "POST", url: path, headers, rawBody: Buffer.from(body) };
}

export function jsonRequest(body: string): WebhookRequest {
  const path = `${PATH}?bodySHA256=${twilioBodySha256(body)}`;
  return {
    method: "POST",
    url: path,
    headers: {
      "content-type": "application/json",
      "x-twilio-signature": twilioSignature(secrets.authToken, config.publicBaseUrl + path),
    },
    rawBody: Buffer.from(body),
  };
}

export const callParams = (extra: Record<string, string> = {}): Record<string, string> => ({
  AccountSid: ACCOUNT_SID,
  CallSid: "CA0123456789abcdef0123456789abcdef",
  CallStatus: "ringing",
  Direction: "inbound",
  From: "+4917612345678",
  To: SERVICE_NUMBER,
  Timestamp: "Fri, 20 Nov 2026 10:00:00 +0000",
  SequenceNumber: "0",
  ...extra,
});
