import type { Connector } from "../connector.ts";
import { acceptDiscourseWebhook } from "./accept-discourse-webhook.ts";
import { discourseAccountEmail } from "./discourse-account-email.ts";
import {
  discourseConfigSchema,
  discourseSecretsSchema,
  type DiscourseConfig,
  type DiscourseSecrets,
} from "./discourse-config.ts";
import { DISCOURSE_WEBHOOK_CONTENT_TYPE } from "./discourse-content-types.ts";
import {
  DISCOURSE_EVENT_HEADER,
  DISCOURSE_EVENT_ID_HEADER,
  DISCOURSE_EVENT_TYPE_HEADER,
  DISCOURSE_INSTANCE_HEADER,
} from "./discourse-delivery.ts";
import { checkDiscourseHealth } from "./discourse-health.ts";
import { DISCOURSE_SIGNATURE_HEADER } from "./discourse-signature.ts";
import { parseDiscourseEvent } from "./parse-discourse-event.ts";
import { pollDiscourse } from "./poll-discourse.ts";
import { sendDiscourse } from "./send-discourse.ts";

/**
 * One Discourse forum: its webhooks (posts, topics, Solved's accepted answers, likes) as forum
 * conversations, one per topic; a catch-up through the API repairs what a webhook missed; replies
 * are posts in the topic under the agent's forum username.
 */
export const discourseConnector: Connector<DiscourseConfig, DiscourseSecrets> = {
  kind: "discourse",
  title: "Discourse (Community-Forum)",
  channels: ["forum"],
  configSchema: discourseConfigSchema,
  secretsSchema: discourseSecretsSchema,
  acceptWebhook: acceptDiscourseWebhook,
  // Parsing needs the event's type and name; the id and instance are for forensics.
  keptHeaders: [
    DISCOURSE_EVENT_HEADER,
    DISCOURSE_EVENT_TYPE_HEADER,
    DISCOURSE_EVENT_ID_HEADER,
    DISCOURSE_INSTANCE_HEADER,
    DISCOURSE_SIGNATURE_HEADER,
  ],
  webhookContentTypes: [DISCOURSE_WEBHOOK_CONTENT_TYPE],
  parseStored: (event, { config }) => parseDiscourseEvent(event, config),
  poll: pollDiscourse,
  send: sendDiscourse,
  accountEmailOf: discourseAccountEmail,
  checkHealth: checkDiscourseHealth,
};
