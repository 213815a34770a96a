import { z } from "zod";

export const twilioVoiceConfigSchema = z.object({
  publicBaseUrl: z
    .url({
      protocol: /^https?$/,
      error: "Give the public https:// address Twilio calls, e.g. https://emma.bank.example",
    })
    .describe(
      "Scheme and host (plus any path prefix a proxy strips) of the webhook URL as configured at Twilio; Twilio signs that exact URL",
    ),
  accountSid: z
    .string()
    .trim()
    .regex(/^AC[0-9a-fA-F]{32}$/, "A Twilio Account SID is AC followed by 32 hexadecimal characters")
    .describe(
      "The Twilio account (AC…) whose calls this connector receives; events of other accounts are refused",
    ),
  serviceNumbers: z
    .array(z.string().trim().min(3).max(64).describe("One number in E.164, e.g. +4930123456"))
    .max(200)
    .default([])
    .describe(
      "The service's own Twilio numbers: a call to one of them is inbound, a call from one is outbound",
    ),
  demo: z.boolean().optional().describe("Made by the demo seeder"),
});
export type TwilioVoiceConfig = z.infer<typeof twilioVoiceConfigSchema>;

export const twilioVoiceSecretsSchema = z.object({
  authToken: z
    .string()
    .min(16)
    .describe("The account's Auth Token: Twilio signs every webhook with it (HMAC-SHA1)"),
});
export type TwilioVoiceSecrets = z.infer<typeof twilioVoiceSecretsSchema>;
