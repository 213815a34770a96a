import { z } from "zod";

const MB = 1024 * 1024;
const hostSchema = z.string().trim().min(1).max(255);
const portSchema = z.number().int().min(1).max(65535);

export const emailConfigSchema = z.object({
  imap: z
    .object({
      host: hostSchema.describe("IMAP server host name, e.g. imap.bank.example"),
      port: portSchema.default(993).describe("IMAP port: 993 with TLS, 143 with STARTTLS"),
      secure: z
        .boolean()
        .default(true)
        .describe("TLS from the first byte (993); false upgrades with STARTTLS"),
      mailbox: z.string().min(1).max(255).default("INBOX").describe("The folder new mail arrives in"),
      user: z.string().min(1).max(255).describe("IMAP login name"),
    })
    .describe("Where customer mail is fetched"),
  smtp: z
    .object({
      host: hostSchema.describe("SMTP submission server host name"),
      port: portSchema.default(465).describe("SMTP port: 465 with TLS, 587 with STARTTLS"),
      secure: z
        .boolean()
        .default(true)
        .describe("TLS from the first byte (465); false upgrades with STARTTLS"),
      user: z
        .string()
        .min(1)
        .max(255)
        .optional()
        .describe("SMTP login name; without one Emma sends unauthenticated (a trusted relay)"),
    })
    .describe("Where replies are sent"),
  address: z
    .email()
    .max(254)
    .describe("The support mailbox's address: From of every reply, e.g. service@bank.example"),
  displayName: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .describe("Sender name shown with the address, e.g. Bank Service"),
  messageIdDomain: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, "Use a domain name you own, e.g. bank.example")
    .describe("Domain in the Message-IDs of our replies; bounces are matched on it"),
  pollIntervalSeconds: z.number().int().min(10).max(3600).default(60).describe("Seconds between two polls"),
  maxMessageBytes: z
    .number()
    .int()
    .min(MB)
    .max(200 * MB)
    .default(25 * MB)
    .describe("Mail above this size is still fetched whole, but flagged as too large"),
  tls: z
    .object({
      rejectUnauthorized: z
        .boolean()
        .default(true)
        .describe("Refuse servers whose certificate does not verify; turn off only for a test server"),
      allowUnencrypted: z
        .boolean()
        .default(false)
        .describe(
          "Talk to servers that offer neither TLS nor STARTTLS, password and mail in cleartext: for test setups only",
        ),
    })
    .default({ rejectUnauthorized: true, allowUnencrypted: false })
    .describe("TLS settings for IMAP and SMTP"),
});
export type EmailConfig = z.infer<typeof emailConfigSchema>;

export const emailSecretsSchema = z.object({
  imapPassword: z.string().min(1).max(1024).describe("IMAP password or app password"),
  smtpPassword: z
    .string()
    .min(1)
    .max(1024)
    .optional()
    .describe("SMTP password; the IMAP password is used when the SMTP login has none of its own"),
});
export type EmailSecrets = z.infer<typeof emailSecretsSchema>;
