import type { Connector } from "../connector.ts";
import { RECEIVED_AT_HEADER } from "../twilio-voice/occurred-at.ts";
import { acceptFacebookWebhook, FACEBOOK_CONTENT_TYPE } from "./accept-facebook-webhook.ts";
import {
  facebookConfigSchema,
  facebookSecretsSchema,
  type FacebookConfig,
  type FacebookSecrets,
} from "./facebook-config.ts";
import { facebookPostContext } from "./post-context.ts";
import { facebookDisplayName } from "./display-name.ts";
import { checkFacebookHealth } from "./facebook-health.ts";
import { facebookHandshake } from "./handshake.ts";
import { sendFacebookReply } from "./send-facebook-reply.ts";
import { parseFacebookWebhook } from "./parse-facebook-webhook.ts";
import { HUB_SIGNATURE_HEADER } from "./signature.ts";

/**
 * One Facebook Page: Messenger conversations and the comments on the Page's posts, from Meta's signed
 * Page webhooks; replies through the Send API and the Graph API's comment edge.
 */
export const facebookConnector: Connector<FacebookConfig, FacebookSecrets> = {
  kind: "facebook-page",
  title: "Facebook Page (Messenger and comments)",
  channels: ["facebook"],
  configSchema: facebookConfigSchema,
  secretsSchema: facebookSecretsSchema,
  acceptWebhook: acceptFacebookWebhook,
  handshake: facebookHandshake,
  keptHeaders: [HUB_SIGNATURE_HEADER],
  webhookContentTypes: [FACEBOOK_CONTENT_TYPE],
  parseStored(event, { config }) {
    const received = Date.parse(event.headers[RECEIVED_AT_HEADER] ?? "");
    return parseFacebookWebhook(event.body.toString("utf8"), {
      pageId: config.pageId,
      appId: config.appId,
      // Meta stamps every entry; this only matters for a body that lacks `time`.
      receivedAt: new Date(Number.isNaN(received) ? 0 : received),
    });
  },
  send: (message, context) => sendFacebookReply(message, context),
  displayNameOf: (identity, context) => facebookDisplayName(identity, context),
  threadContextOf: (item, context) => facebookPostContext(item.metadata, context),
  checkHealth: (context) => checkFacebookHealth(context),
};
