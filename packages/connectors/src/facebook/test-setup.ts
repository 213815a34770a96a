import type { InboundMessage } from "@emma/core";
import type { OutboundMessage } from "../connector.ts";
import { facebookConfigSchema, type FacebookConfig, type FacebookSecrets } from "./facebook-config.ts";
import { facebookConnector } from "./facebook-connector.ts";
import { metaJson } from "./simulator/meta-json.ts";
import { pageWebhook, type PageEntryParts } from "./simulator/webhook-events.ts";

/** The Page and app the tests (and the simulator's defaults) speak for. */
export const PAGE_ID = "104857392019283";
export const APP_ID = "987654321012345";
export const PSID = "6712345678901234";

export const SECRETS: FacebookSecrets = {
  appSecret: "0123456789abcdef0123456789abcdef",
  pageAccessToken: "EAAGtestpagetoken0123456789",
  verifyToken: "emma-verify-token",
};

export function testConfig(overrides: Partial<FacebookConfig> = {}): FacebookConfig {
  return { ...facebookConfigSchema.parse({ pageId: PAGE_ID, appId: APP_ID }), ...overrides };
}

/** What the connector makes of a webhook with these entries, stored as Meta sent it. */
export function parse(...entries: PageEntryParts[]): InboundMessage[] {
  const body = Buffer.from(metaJson(pageWebhook(PAGE_ID, ...entries)));
  const stored = {
    contentType: "application/json",
    body,
    headers: { "x-emma-received-at": "2025-03-10T12:00:00Z" },
  };
  return facebookConnector.parseStored(stored, { config: testConfig() });
}

/** A reply as the outbox hands it over, to the test customer on Messenger unless told otherwise. */
export function outbound(overrides: Partial<OutboundMessage> = {}): OutboundMessage {
  return {
    outboxId: "ob_1",
    conversationId: "conv_1",
    channel: "facebook",
    threadKey: `messenger:${PSID}`,
    to: { identities: [{ kind: "facebook", value: PSID }] },
    text: "Your card is unblocked again.",
    threadExternalIds: [],
    replyToken: "rt_1",
    locale: "en",
    visibility: "public",
    ...overrides,
  };
}
