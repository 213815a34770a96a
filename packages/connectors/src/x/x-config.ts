import { z } from "zod";
import { xUserIdSchema } from "./x-ids.ts";

export const X_DELIVERIES = ["webhook", "poll"] as const;
export const X_AUTH_METHODS = ["oauth2", "oauth1"] as const;

export const xConfigSchema = z.object({
  accountUserId: xUserIdSchema.describe(
    "The X user id of the service account this connector answers for (digits, kept as text: X ids exceed 2^53)",
  ),
  handle: z
    .string()
    .trim()
    .regex(/^@?\w{1,15}$/, "An X handle is 1 to 15 letters, digits or underscores, e.g. @emma_bank")
    .transform((handle) => (handle.startsWith("@") ? handle : `@${handle}`))
    .describe("The account's @handle, shown to agents; X links by accountUserId, so a rename breaks nothing"),
  apiBase: z
    .url({ protocol: /^https?$/ })
    .default("https://api.x.com")
    .transform((url) => url.replace(/\/+$/, ""))
    .describe("Where X's API is reached; the simulator's address in the demo and tests"),
  delivery: z
    .enum(X_DELIVERIES)
    .default("webhook")
    .describe(
      "webhook: X Activity API events are delivered to /webhooks/<connector id>; poll: mentions and DM events are fetched (tiers without activity delivery)",
    ),
  pollIntervalSeconds: z
    .number()
    .int()
    .min(15)
    .max(3600)
    .default(60)
    .describe("With delivery poll: seconds between polls; X's rate limits win when they ask for longer"),
  auth: z
    .enum(X_AUTH_METHODS)
    .default("oauth2")
    .describe(
      "oauth2: user access token with refresh-token rotation; oauth1: the account's token and secret",
    ),
  demo: z.boolean().optional().describe("Made by the demo seeder"),
});
export type XConfig = z.infer<typeof xConfigSchema>;

const oauth2Schema = z
  .object({
    clientId: z.string().min(1).max(200).describe("The app's OAuth 2.0 client id"),
    clientSecret: z
      .string()
      .min(1)
      .max(200)
      .optional()
      .describe("Confidential clients only: sent as Basic auth when a token is refreshed"),
    accessToken: z.string().min(1).max(2000).describe("The account's current OAuth 2.0 access token"),
    refreshToken: z
      .string()
      .min(1)
      .max(2000)
      .describe("Single use: X answers every refresh with a new one and retires this one"),
    accessTokenExpiresAt: z.coerce.date().describe("When the access token stops working (X: two hours)"),
  })
  .describe(
    "OAuth 2.0 user context (scopes tweet.read tweet.write users.read dm.read dm.write offline.access)",
  );

const oauth1Schema = z
  .object({
    consumerKey: z.string().min(1).max(200).describe("The app's API key (consumer key)"),
    accessToken: z.string().min(1).max(200).describe("The account's OAuth 1.0a access token"),
    accessTokenSecret: z.string().min(1).max(200).describe("The account's OAuth 1.0a access token secret"),
  })
  .describe("OAuth 1.0a user context, for accounts connected that way");

/**
 * The consumer secret signs CRC answers and deliveries; a request signature for OAuth 1.0a too.
 * Exactly one of oauth2 or oauth1 is given, the one the config's `auth` names (checked together
 * with the config by `xCredentials`).
 */
export const xSecretsSchema = z
  .object({
    consumerSecret: z
      .string()
      .min(10)
      .max(200)
      .describe("The app's API secret (consumer secret): X signs CRC and every delivery with it"),
    oauth2: oauth2Schema.optional(),
    oauth1: oauth1Schema.optional(),
  })
  .refine((secrets) => (secrets.oauth2 === undefined) !== (secrets.oauth1 === undefined), {
    message: "Give the account's credentials for exactly one of oauth2 or oauth1",
  });
export type XSecrets = z.infer<typeof xSecretsSchema>;
export type XOAuth2Secrets = z.infer<typeof oauth2Schema>;
export type XOAuth1Secrets = z.infer<typeof oauth1Schema>;

export type XCredentials =
  | { auth: "oauth2"; consumerSecret: string; oauth2: XOAuth2Secrets }
  | { auth: "oauth1"; consumerSecret: string; oauth1: XOAuth1Secrets };

/** The credentials the config's `auth` chooses, or a sentence for the admin when they are not there. */
export function xCredentials(config: XConfig, secrets: XSecrets): XCredentials | { problem: string } {
  switch (config.auth) {
    case "oauth2":
      return secrets.oauth2
        ? { auth: "oauth2", consumerSecret: secrets.consumerSecret, oauth2: secrets.oauth2 }
        : {
            problem: "The connector is set to OAuth 2.0 but has no OAuth 2.0 tokens: reconnect the X account",
          };
    case "oauth1":
      return secrets.oauth1
        ? { auth: "oauth1", consumerSecret: secrets.consumerSecret, oauth1: secrets.oauth1 }
        : {
            problem:
              "The connector is set to OAuth 1.0a but has no OAuth 1.0a token: reconnect the X account",
          };
    default: {
      const unknown: never = config.auth;
      return { problem: `Unknown X auth method ${String(unknown)}` };
    }
  }
}
