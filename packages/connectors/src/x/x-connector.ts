import type { Connector } from "../connector.ts";
import { acceptXWebhook } from "./accept-x-webhook.ts";
import { parseXEvent } from "./parse-x-event.ts";
import { pollX } from "./poll-x.ts";
import { sendX } from "./send-x.ts";
import { xConfigSchema, xSecretsSchema, type XConfig, type XSecrets } from "./x-config.ts";
import { XAA_CONTENT_TYPE } from "./x-content-types.ts";
import { checkXHealth } from "./x-health.ts";
import { answerXCrc } from "./x-handshake.ts";
import { X_SIGNATURE_HEADER } from "./x-signature.ts";

/**
 * One X account: DMs, mentions and replies to its posts, and deletions. Delivered by the X Activity
 * API to a v2 webhook (X's replacement for the Account Activity API, which ends on 2027-01-01), or
 * polled where the account's tier has no activity delivery. Replies go out as DMs or public posts.
 */
export const xConnector: Connector<XConfig, XSecrets> = {
  kind: "x",
  title: "X (Twitter)",
  channels: ["twitter"],
  configSchema: xConfigSchema,
  secretsSchema: xSecretsSchema,
  acceptWebhook: acceptXWebhook,
  handshake: answerXCrc,
  // The signature for forensics and replay; Date because post.delete carries no time of its own.
  keptHeaders: [X_SIGNATURE_HEADER, "date"],
  webhookContentTypes: [XAA_CONTENT_TYPE],
  parseStored: (event, { config }) => parseXEvent(event, config),
  poll: (context) => {
    if (context.config.delivery !== "poll") {
      return Promise.resolve({ deliveries: [], cursor: context.cursor, more: false });
    }
    return pollX(context);
  },
  send: sendX,
  checkHealth: checkXHealth,
};
