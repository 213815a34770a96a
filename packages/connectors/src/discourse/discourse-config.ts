import { z } from "zod";

const baseUrl = z.url({ protocol: /^https?$/ }).transform((url) => url.replace(/\/+$/, ""));

export const discourseConfigSchema = z.object({
  siteUrl: baseUrl.describe(
    "The forum's public address (https://community.example.de): post links and the site of its users' identities",
  ),
  apiUrl: baseUrl
    .optional()
    .describe("Where Discourse's API is reached when that differs from siteUrl (the demo's local forum)"),
  apiUsername: z
    .string()
    .trim()
    .min(1)
    .max(60)
    .default("system")
    .describe("The staff account that posts (Api-Username) when the replying agent has no forum username"),
  agentUsernames: z
    .record(
      z.email().transform((email) => email.toLowerCase()),
      z.string().trim().min(1).max(60),
    )
    .default({})
    .describe("Agent e-mail → forum username: replies appear under the agent's own staff account"),
  verifiedEmails: z
    .boolean()
    .default(false)
    .describe(
      "The API key is an admin key: Emma reads forum users' e-mail addresses to link them to known customers",
    ),
  backfillDays: z
    .number()
    .int()
    .min(0)
    .max(365)
    .default(30)
    .describe("How many days of forum activity the first catch-up reads"),
  demo: z.boolean().optional().describe("Made by the demo seeder"),
});
export type DiscourseConfig = z.infer<typeof discourseConfigSchema>;

export const discourseSecretsSchema = z.object({
  apiKey: z
    .string()
    .trim()
    .min(10)
    .max(200)
    .describe("A Discourse API key (Admin → API): sent as Api-Key with every call"),
  webhookSecret: z
    .string()
    .min(12)
    .max(200)
    .describe("The webhook's secret (Discourse asks for at least 12 characters): signs every delivery"),
});
export type DiscourseSecrets = z.infer<typeof discourseSecretsSchema>;

/** Where API calls go: the configured apiUrl, else the public site. */
export function discourseApiBase(config: Pick<DiscourseConfig, "siteUrl" | "apiUrl">): string {
  return config.apiUrl ?? config.siteUrl;
}

/** The forum's staff accounts Emma posts as: their posts are ours, never a customer's. */
export function isOwnUsername(
  config: Pick<DiscourseConfig, "apiUsername" | "agentUsernames">,
  username: string,
): boolean {
  const lower = username.toLowerCase();
  return (
    lower === config.apiUsername.toLowerCase() ||
    Object.values(config.agentUsernames).some((name) => name.toLowerCase() === lower)
  );
}
