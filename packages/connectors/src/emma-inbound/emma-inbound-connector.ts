import { createHash } from "node:crypto";
import { CUSTOMER_CHANNELS, customerChannelSchema } from "@emma/core";
import { z } from "zod";
import type { AcceptedDelivery, Connector, WebhookRefusal } from "../connector.ts";
import { NORMALIZED_CONTENT_TYPE, parseNormalizedBody } from "./normalized-body.ts";
import { sendOutbound } from "./send-outbound.ts";
import { malformedBody } from "../malformed-body.ts";
import { EVENT_ID_HEADER, SIGNATURE_HEADER, verifyBodySignature } from "./signature.ts";

export const emmaInboundConfigSchema = z.object({
  channel: customerChannelSchema
    .optional()
    .describe("The channel this integration feeds, for the admin's overview; messages carry their own"),
  demo: z
    .boolean()
    .optional()
    .describe("Made by the demo seeder: replies are handed to the demo's simulated customers, not sent out"),
  outboundUrl: z
    .url({ protocol: /^https?$/ })
    .optional()
    .describe("Where replies are POSTed, signed like inbound messages; without it replies cannot leave Emma"),
});
export type EmmaInboundConfig = z.infer<typeof emmaInboundConfigSchema>;

export const emmaInboundSecretsSchema = z.object({
  signingSecret: z.string().min(16).describe("HMAC-SHA256 key the sender signs each body with"),
});
export type EmmaInboundSecrets = z.infer<typeof emmaInboundSecretsSchema>;

/**
 * Emma's own webhook: a signed JSON array of normalized messages. For custom integrations (a PBX, a
 * CRM) and for the demo traffic and benchmarks, which thereby use the same path as real providers.
 */
export const emmaInboundConnector: Connector<EmmaInboundConfig, EmmaInboundSecrets> = {
  kind: "emma-inbound",
  title: "Emma inbound webhook",
  // Emma's own format carries every channel; a new one is served as soon as core lists it.
  channels: CUSTOMER_CHANNELS,
  configSchema: emmaInboundConfigSchema,
  secretsSchema: emmaInboundSecretsSchema,
  // Senders post plain JSON; what is stored is marked as Emma's normalized format.
  webhookContentTypes: ["application/json", NORMALIZED_CONTENT_TYPE],
  keptHeaders: [EVENT_ID_HEADER, SIGNATURE_HEADER],
  acceptWebhook(request, { secrets }): AcceptedDelivery | WebhookRefusal {
    if (!verifyBodySignature(secrets.signingSecret, request.rawBody, request.headers[SIGNATURE_HEADER])) {
      return {
        ok: false,
        status: 401,
        code: "bad_signature",
        message: `The ${SIGNATURE_HEADER} header does not match the body`,
      };
    }
    try {
      parseNormalizedBody(request.rawBody.toString("utf8"));
    } catch (error) {
      return malformedBody("a valid list of messages", error);
    }
    const eventId = request.headers[EVENT_ID_HEADER]?.trim().slice(0, 200);
    return {
      ok: true,
      dedupeKey: eventId || createHash("sha256").update(request.rawBody).digest("hex"),
      contentType: NORMALIZED_CONTENT_TYPE,
    };
  },
  parseStored({ contentType, body }) {
    if (contentType !== NORMALIZED_CONTENT_TYPE) throw new Error(`emma-inbound cannot read ${contentType}`);
    return parseNormalizedBody(body.toString("utf8"));
  },
  send(message, { config, secrets }) {
    if (config.outboundUrl) return sendOutbound(config.outboundUrl, secrets.signingSecret, message);
    // The demo's customers are simulated: the reply is marked as such on the timeline, not "sent".
    if (config.demo)
      return Promise.resolve({
        ok: true,
        externalId: `demo-${message.outboxId}`,
        metadata: { simulated: true },
      });
    return Promise.resolve({
      ok: false,
      permanent: true,
      error: "This integration has no outbound URL: an admin must set one before replies can leave Emma",
    });
  },
};
