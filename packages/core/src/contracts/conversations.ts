import { z } from "zod";
import { mailRecipientsSchema } from "../email/mail-recipients.ts";
import { replyVisibilitySchema } from "../outbox/outbox-payload.ts";
import { replyAttachmentsSchema } from "../outbox/reply-attachment.ts";
import { CONVERSATION_STATUSES, conversationStatusSchema } from "../channel/channel.ts";
import { tagSchema } from "../conversation/tags.ts";
import { cursorSchema, idSchema, limitSchema } from "./common.ts";

export const QUEUES = ["mine", "unassigned", "team", "all"] as const;
export const queueSchema = z
  .enum(QUEUES)
  .describe(
    "mine: assigned to me; unassigned: nobody's; team: my teams'; all: everything (supervisors, admins)",
  );
export type Queue = z.infer<typeof queueSchema>;

export const QUEUE_ORDERS = ["waiting", "newest"] as const;
export const queueOrderSchema = z
  .enum(QUEUE_ORDERS)
  .describe(
    "waiting: longest-waiting customer first, then the ones not waiting by last activity; newest: latest activity first",
  );
export type QueueOrder = z.infer<typeof queueOrderSchema>;

export const conversationListInputSchema = z.object({
  queue: queueSchema,
  statuses: z
    .array(conversationStatusSchema)
    .min(1)
    .max(CONVERSATION_STATUSES.length)
    .default(["open", "pending"])
    .describe("Which statuses"),
  order: queueOrderSchema.default("waiting"),
  tag: tagSchema.optional().describe("Only conversations with this tag"),
  cursor: cursorSchema.optional().describe("Where the previous page ended; only valid with the same order"),
  limit: limitSchema(100, 50),
});
export type ConversationListInput = z.infer<typeof conversationListInputSchema>;

export const conversationGetInputSchema = z.object({ conversationId: idSchema });
export type ConversationGetInput = z.infer<typeof conversationGetInputSchema>;

export const conversationAssignInputSchema = z
  .object({
    conversationId: idSchema,
    assigneeId: idSchema.nullable().describe("The agent to assign to; null to unassign"),
    teamId: idSchema.nullable().optional().describe("The team to route to; omit to keep the current team"),
  })
  .describe("Assign a conversation to an agent and/or team");
export type ConversationAssignInput = z.infer<typeof conversationAssignInputSchema>;

export const conversationAttachCustomerInputSchema = z
  .object({
    conversationId: idSchema.describe("An unknown caller's conversation (it has no customer yet)"),
    customerId: idSchema.describe("The customer the agent now knows called; a merged-away id leads on"),
  })
  .describe("Attach an unknown caller's conversation, with all its items, to a customer");
export type ConversationAttachCustomerInput = z.infer<typeof conversationAttachCustomerInputSchema>;

export const conversationSetStatusInputSchema = z
  .object({
    conversationId: idSchema,
    status: conversationStatusSchema,
    snoozedUntil: z.coerce
      .date()
      .optional()
      .describe("When a snoozed conversation comes back; required to snooze"),
  })
  .refine((v) => v.status !== "snoozed" || v.snoozedUntil !== undefined, {
    path: ["snoozedUntil"],
    message: "Say until when the conversation is snoozed",
  });
export type ConversationSetStatusInput = z.infer<typeof conversationSetStatusInputSchema>;

export const conversationAddNoteInputSchema = z.object({
  conversationId: idSchema,
  text: z
    .string()
    .trim()
    .min(1, "A note needs text")
    .max(20_000)
    .describe("The internal note; customers never see it"),
});
export type ConversationAddNoteInput = z.infer<typeof conversationAddNoteInputSchema>;

export const REPLY_STATUSES_AFTER = ["pending", "resolved"] as const;
export const replyStatusAfterSchema = z
  .enum(REPLY_STATUSES_AFTER)
  .describe("Set the conversation to this status in the same step as the reply; omitted: status unchanged");
export type ReplyStatusAfter = z.infer<typeof replyStatusAfterSchema>;

export const REPLY_FORMATS = ["plain", "markdown"] as const;
export const replyFormatSchema = z
  .enum(REPLY_FORMATS)
  .describe(
    "Email only: markdown is sent as HTML with a readable plain-text part; plain (the default) as written",
  );
export type ReplyFormat = z.infer<typeof replyFormatSchema>;

export const conversationReplyInputSchema = z.object({
  conversationId: idSchema,
  text: z.string().trim().min(1, "A reply needs text").max(100_000).describe("The reply as plain text"),
  subject: z
    .string()
    .max(998)
    .optional()
    .describe("Email only: the subject; defaults to Re: the thread's subject"),
  visibility: replyVisibilitySchema
    .optional()
    .describe(
      "Public threads (Page comments, X mentions): answer in public, or privately as a direct message",
    ),
  idempotencyKey: z
    .string()
    .min(8)
    .max(100)
    .describe("Made by the console once per reply so a double click or a retry sends it once"),
  statusAfter: replyStatusAfterSchema.optional(),
  format: replyFormatSchema.optional(),
  recipients: mailRecipientsSchema
    .optional()
    .describe("Email only: To, Cc and Bcc; omitted: to the conversation's contact alone"),
  attachments: replyAttachmentsSchema
    .optional()
    .describe("Email only: uploaded files to send with the reply"),
});
export type ConversationReplyInput = z.infer<typeof conversationReplyInputSchema>;

export const conversationRetryDeliveryInputSchema = z.object({
  outboxId: idSchema.describe("The failed reply to send again"),
});
export type ConversationRetryDeliveryInput = z.infer<typeof conversationRetryDeliveryInputSchema>;
