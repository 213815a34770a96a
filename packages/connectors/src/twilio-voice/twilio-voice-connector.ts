import { TWILIO_SIGNATURE_HEADER } from "./signature.ts";
import type { Connector } from "../connector.ts";
import { acceptTwilioWebhook } from "./accept-twilio-webhook.ts";
import { checkTwilioConfig } from "./check-twilio-config.ts";
import { parseTwilioCall } from "./parse-twilio-call.ts";
import {
  FORM_CONTENT_TYPE,
  JSON_CONTENT_TYPE,
  readTwilioParams,
  storedBodyType,
} from "./read-twilio-body.ts";
import {
  twilioVoiceConfigSchema,
  twilioVoiceSecretsSchema,
  type TwilioVoiceConfig,
  type TwilioVoiceSecrets,
} from "./twilio-voice-config.ts";

/**
 * Twilio Programmable Voice: status callbacks, <Dial> actions, recording and transcription callbacks
 * of the service's numbers, each a signed webhook to /webhooks/<connector id>. Every request of one
 * call becomes a snapshot of one timeline item (externalId = CallSid), merged by the API.
 */
export const twilioVoiceConnector: Connector<TwilioVoiceConfig, TwilioVoiceSecrets> = {
  kind: "twilio-voice",
  title: "Twilio Voice",
  channels: ["phone"],
  configSchema: twilioVoiceConfigSchema,
  secretsSchema: twilioVoiceSecretsSchema,
  acceptWebhook: acceptTwilioWebhook,
  // Voice callbacks are form-encoded; Twilio's JSON webhooks carry bodySHA256 in the URL.
  webhookContentTypes: [FORM_CONTENT_TYPE, JSON_CONTENT_TYPE],
  keptHeaders: [TWILIO_SIGNATURE_HEADER],
  parseStored(event, { config }) {
    const params = readTwilioParams(storedBodyType(event), event.body);
    return [parseTwilioCall(params, event.headers, config.serviceNumbers)];
  },
  checkHealth({ config, secrets }) {
    return Promise.resolve(checkTwilioConfig(config, secrets));
  },
};
