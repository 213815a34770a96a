import { z } from "zod";
import { customerChannelSchema } from "../channel/channel.ts";
import { mailRecipientsSchema } from "../email/mail-recipients.ts";
import { replyAttachmentSchema, MAX_REPLY_ATTACHMENTS } from "./reply-attachment.ts";

export const REPLY_VISIBILITIES = ["public", "private"] as const;
export const replyVisibilitySchema = z
  .enum(REPLY_VISIBILITIES)
  .describe(
    "In a public thread (a Page comment, an X mention): public answers in the thread, private as a direct message",
  );
export type ReplyVisibility = z.infer<typeof replyVisibilitySchema>;

/**
 * What a queued reply carries from the moment an agent sends it until its connector delivers it:
 * written by the reply command, read by the outbox worker, both through this schema.
 */
export const outboxPayloadSchema = z.object({
  channel: customerChannelSchema,
  text: z.string().min(1).max(100_000).describe("The reply as the agent wrote it"),
  subject: z.string().max(998).nullable().describe("Email only: the subject line"),
  threadKey: z.string().min(1).max(512).describe("The conversation's thread at the provider"),
  visibility: replyVisibilitySchema.default("public"),
  // The fields below came with the e-mail composer; a payload queued before them still parses.
  html: z
    .string()
    .max(1_000_000)
    .optional()
    .describe("Email only: the sanitized HTML part sent beside `text`, which is then its plain-text part"),
  recipients: mailRecipientsSchema
    .optional()
    .describe("Email only: To, Cc and Bcc as the agent chose them; absent: the conversation's contact"),
  attachments: z
    .array(replyAttachmentSchema)
    .max(MAX_REPLY_ATTACHMENTS)
    .default([])
    .describe("Email only: uploaded files sent as MIME attachments"),
});
export type OutboxPayload = z.infer<typeof outboxPayloadSchema>;
