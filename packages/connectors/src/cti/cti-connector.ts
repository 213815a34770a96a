import type { Connector } from "../connector.ts";
import { acceptCtiWebhook } from "./accept-cti-webhook.ts";
import { ctiConfigSchema, ctiSecretsSchema, type CtiConfig, type CtiSecrets } from "./cti-config.ts";
import { CTI_CONTENT_TYPE, parseCtiEvent } from "./cti-event.ts";
import { ctiMessageOf } from "./parse-cti-event.ts";

/**
 * A generic CTI webhook for any PBX: newCall / answer / hangup as small JSON events, authenticated
 * by a shared token. Same call model as Twilio: one timeline item per callId, merged by the API.
 */
export const ctiConnector: Connector<CtiConfig, CtiSecrets> = {
  kind: "cti",
  title: "Phone system (CTI)",
  channels: ["phone"],
  configSchema: ctiConfigSchema,
  secretsSchema: ctiSecretsSchema,
  acceptWebhook: acceptCtiWebhook,
  webhookContentTypes: [CTI_CONTENT_TYPE],
  parseStored(event, { config }) {
    if (event.contentType !== CTI_CONTENT_TYPE) throw new Error(`cti cannot read ${event.contentType}`);
    return [ctiMessageOf(parseCtiEvent(event.body), config)];
  },
  checkHealth({ config }) {
    // The PBX calls us; there is nothing to reach from here.
    return Promise.resolve({
      ok: true,
      detail: `Waiting for events from ${config.pbxName ?? "the PBX"}; nothing to contact (configuration check only)`,
    });
  },
};
