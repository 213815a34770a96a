import type { Connector } from "../connector.ts";
import { acceptCtiWebhook } from "./accept-cti-webhook.ts";
import { ctiConfigSchema, ctiSecretsSchema, type CtiConfig, type CtiSecrets } from "./cti-config.ts";
import {
  CTI_FORM_CONTENT_TYPE,
  CTI_JSON_CONTENT_TYPE,
  parseCtiRequest,
  storedCtiContentType,
} from "./cti-event.ts";
import { ctiMessageOf } from "./parse-cti-event.ts";
import { RECEIVED_AT_HEADER } from "../twilio-voice/occurred-at.ts";

/**
 * A generic CTI webhook for any PBX: newCall / answer / hangup as small JSON events, or as Zammad's
 * generic CTI API sends them (form or JSON), authenticated by a shared token. Same call model as Twilio: one timeline item per callId, merged by the API.
 */
export const ctiConnector: Connector<CtiConfig, CtiSecrets> = {
  kind: "cti",
  title: "Phone system (CTI)",
  channels: ["phone"],
  configSchema: ctiConfigSchema,
  secretsSchema: ctiSecretsSchema,
  acceptWebhook: acceptCtiWebhook,
  webhookContentTypes: [CTI_JSON_CONTENT_TYPE, CTI_FORM_CONTENT_TYPE],
  parseStored(event, { config }) {
    const request = parseCtiRequest(storedCtiContentType(event.contentType), event.body);
    return [ctiMessageOf(request, config, event.headers[RECEIVED_AT_HEADER])];
  },
  checkHealth({ config }) {
    // The PBX calls us; there is nothing to reach from here.
    return Promise.resolve({
      ok: true,
      detail: `Waiting for events from ${config.pbxName ?? "the PBX"}; nothing to contact (configuration check only)`,
    });
  },
};
