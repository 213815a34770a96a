import { z } from "zod";

export const facebookConfigSchema = z.object({
  pageId: z
    .string()
    .trim()
    .regex(/^\d{1,32}$/, "A Facebook Page id is a number, e.g. 104857392019283")
    .describe("The Page this connector serves: its Messenger conversations and the comments on its posts"),
  pageName: z.string().trim().max(255).optional().describe("The Page's name, shown to admins and agents"),
  appId: z
    .string()
    .trim()
    .regex(/^\d{1,32}$/, "A Meta app id is a number")
    .describe("The Meta app whose webhooks reach Emma; with the app secret it checks the Page token"),
  graphApiBase: z
    .url({ protocol: /^https?$/, error: "Give the Graph API address, e.g. https://graph.facebook.com" })
    .default("https://graph.facebook.com")
    .describe("Where the Graph API answers; only tests and the demo point it at a simulator"),
  graphApiVersion: z
    .string()
    .trim()
    .regex(/^v\d{1,3}\.\d{1,2}$/, "A Graph API version looks like v23.0")
    .default("v23.0")
    .describe(
      "The Graph API version Emma calls, e.g. v23.0; Meta retires each about two years after release",
    ),
  humanAgentTag: z
    .boolean()
    .default(false)
    .describe(
      "Agents may answer for 7 days after the customer's last message (Meta's HUMAN_AGENT tag; the app needs that permission), not only 24 hours",
    ),
  demo: z.boolean().optional().describe("Made by the demo seeder"),
});
export type FacebookConfig = z.infer<typeof facebookConfigSchema>;

export const facebookSecretsSchema = z.object({
  appSecret: z
    .string()
    .trim()
    .min(16)
    .describe("The Meta app's secret: Meta signs every webhook with it (X-Hub-Signature-256)"),
  pageAccessToken: z
    .string()
    .trim()
    .min(16)
    .describe("A Page access token with pages_messaging and pages_manage_engagement, for replies and names"),
  verifyToken: z
    .string()
    .min(8)
    .max(200)
    .describe(
      "The verify token typed into the app's webhook settings; Meta sends it back once to prove the URL",
    ),
});
export type FacebookSecrets = z.infer<typeof facebookSecretsSchema>;
