import { z } from "zod";
import { identityKindSchema } from "../../identity/identity-kind.ts";
import { NORMALIZE_FAILURES } from "../../identity/normalize-result.ts";
import {
  itemEditSchema,
  itemRemovalSchema,
  itemRestoreSchema,
  itemSolutionSchema,
} from "../../inbound/apply-item-change.ts";
import { automatedMailSchema } from "../../inbound/inbound-message.ts";
import { timelineAttachmentSchema } from "../../inbound/kept-attachment.ts";
import { mailboxSchema } from "../../email/mail-recipients.ts";
import { replyVisibilitySchema } from "../../outbox/outbox-payload.ts";
import { THREAD_RULES } from "../../threading/choose-thread.ts";
import { idSchema } from "../common.ts";
import { deliveryStateSchema } from "../delivery-state.ts";
import { consentRefusalSchema } from "../../consent/consent-refusal.ts";
import { redactionSchema } from "../../privacy/redaction.ts";

/** Timestamps inside metadata are JSON text: ISO 8601, as toISOString or PostgreSQL writes them. */
export const metadataTimeSchema = z.iso.datetime({ offset: true });

export const itemContextSchema = z
  .looseObject({
    postId: z.string().max(512).optional().describe("The post a Page comment or a reply is under"),
    permalink: z.url().max(4096).optional().describe("Where the post can be seen at the provider"),
    excerpt: z.string().max(2000).optional().describe("The beginning of the post's text, for the agent"),
  })
  .describe("What a public item belongs to at the provider; further provider facts may follow");
export type ItemContext = z.infer<typeof itemContextSchema>;

export const unlinkedIdentitySchema = z.object({
  kind: identityKindSchema,
  reason: z.enum(NORMALIZE_FAILURES).describe("Why it could not identify anyone"),
});

export const deliveryFactsSchema = z
  .looseObject({
    simulated: z
      .boolean()
      .optional()
      .describe("The demo's connectors hand replies to simulated customers: never called delivered"),
  })
  .describe("What the provider said when it took the reply; provider-specific");

/**
 * A message, forum post, call or voicemail: the facts Emma itself writes are typed here; the
 * connector's own facts (message ids, addresses, permalinks, the PBX's event) sit beside them.
 */
export const messageMetadataSchema = z.looseObject({
  delivery: deliveryStateSchema.optional().describe("Our reply's state: outbox, provider, receipts"),
  deliveryError: z
    .string()
    .max(2000)
    .nullable()
    .optional()
    .describe("The provider's own words when sending failed"),
  deliveryRefusal: consentRefusalSchema
    .nullable()
    .optional()
    .describe("The outbox did not send it: the customer had withdrawn consent"),
  deliveryFacts: deliveryFactsSchema.optional(),
  deliveredAt: metadataTimeSchema.optional().describe("The customer's side reported it delivered"),
  readAt: metadataTimeSchema.optional().describe("The customer's side reported it read"),
  attachments: z
    .array(timelineAttachmentSchema)
    .max(100)
    .optional()
    .describe("Files that came with the item, with what fetching a linked one gave"),
  automated: automatedMailSchema.optional().describe("Machine-written mail: never answered"),
  threadedBy: z.enum(THREAD_RULES).optional().describe("Which clue put it into its conversation"),
  unlinkedIdentities: z
    .array(unlinkedIdentitySchema)
    .max(10)
    .optional()
    .describe("Identifiers in the item that could not be used to link a customer"),
  sourceEventIds: z
    .array(idSchema)
    .optional()
    .describe("Every raw event folded into this one item (a call's webhooks)"),
  blockedRemoteContent: z
    .boolean()
    .optional()
    .describe("Sanitizing removed remote images; the console offers to load them"),
  agent: z.string().max(255).optional().describe("Our agent as the provider named them (the PBX's)"),
  visibility: replyVisibilitySchema.optional(),
  edits: z
    .array(itemEditSchema)
    .optional()
    .describe("Earlier versions, oldest first: kept for the agent when the author edits"),
  editedAt: z.string().optional().describe("Since when the text shown is the current one, ISO 8601"),
  removed: itemRemovalSchema.optional().describe("Removed at the provider: marked, never dropped silently"),
  restored: z
    .array(itemRestoreSchema)
    .optional()
    .describe("Removals taken back at the provider (a recovered or unhidden post), oldest first"),
  solution: itemSolutionSchema
    .optional()
    .describe("This item answers its thread's question: accepted, or marked helpful by the asker"),
  topicId: z.number().int().optional().describe("Forum posts: the topic's id at the forum"),
  postNumber: z.number().int().optional().describe("Forum posts: the post's number in its topic, from 1"),
  replyToPostNumber: z
    .number()
    .int()
    .nullable()
    .optional()
    .describe("Forum posts: the post in the same topic this one answers"),
  url: z.url().max(4096).optional().describe("Forum posts: where the post can be read"),
  category: z.string().max(255).optional().describe("Forum posts: the topic's category"),
  staff: z
    .boolean()
    .optional()
    .describe("Forum posts: written by the forum's staff (moderators, admins), not by a customer"),
  context: itemContextSchema.optional(),
  recipients: z
    .object({
      to: z.array(mailboxSchema).max(50),
      cc: z.array(mailboxSchema).max(50),
      bcc: z.array(mailboxSchema).max(50).describe("Hidden copies: shown to agents, never sent in headers"),
    })
    .optional()
    .describe("Our e-mail reply: where the agent sent it"),
  redacted: redactionSchema
    .optional()
    .describe("The content was removed (an erasure, or its retention period ended); counts and times stay"),
});
export type MessageMetadata = z.infer<typeof messageMetadataSchema>;
