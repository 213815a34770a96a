import { z } from "zod";
import { customerChannelSchema, directionSchema } from "../channel/channel.ts";
import { rawIdentitySchema } from "../identity/identity-kind.ts";
import { inboundChangeSchema, type InboundChange } from "./inbound-change.ts";
import { isCallFollowUp } from "../call/call-follow-up.ts";

export const INBOUND_KINDS = ["message", "call", "voicemail", "forum_post"] as const;

export const attachmentSchema = z.object({
  filename: z.string().max(255).describe("File name as the sender gave it"),
  contentType: z.string().max(255).describe("MIME type as the sender declared it"),
  size: z.number().int().nonnegative().describe("Size in bytes"),
  contentId: z.string().max(255).optional().describe("Content-ID for inline images in HTML mail"),
  sha256: z.string().length(64).optional().describe("Hex digest of the content, when the content was stored"),
  url: z
    .url()
    .max(4096)
    .optional()
    .describe(
      "Where the provider offers the file, often only for a while (Messenger's CDN): Emma fetches and keeps it after ingest",
    ),
});
export type Attachment = z.infer<typeof attachmentSchema>;

export const CALL_STATUSES = [
  "ringing",
  "in-progress",
  "completed",
  "busy",
  "no-answer",
  "canceled",
  "failed",
] as const;
export const callDataSchema = z.object({
  status: z.enum(CALL_STATUSES).describe("Where the call is in its lifecycle"),
  from: z.string().max(64).describe("Caller number as the provider sent it"),
  to: z.string().max(64).describe("Called number as the provider sent it"),
  durationSeconds: z.number().int().nonnegative().optional().describe("Talk time once the call has ended"),
  recordingUrl: z.url().optional().describe("Where the recording can be fetched"),
  transcript: z.string().max(100_000).optional().describe("Transcription of the recording or voicemail"),
  answeredBy: z.string().max(255).optional().describe("Agent or extension that took the call"),
  recordingRemovedAt: z.iso
    .datetime({ offset: true })
    .optional()
    .describe("Emma removed the recording and its transcript then (retention); a replay brings neither back"),
});
export type CallData = z.infer<typeof callDataSchema>;

export const automatedMailSchema = z.object({
  kind: z
    .enum(["auto-reply", "bounce"])
    .describe("Out-of-office / auto-responder, or a delivery failure report"),
  signals: z
    .array(z.string().max(200))
    .min(1)
    .max(20)
    .describe("Which headers or parts gave it away, for the explanation on the timeline"),
  failedMessageIds: z
    .array(z.string().max(998))
    .max(50)
    .default([])
    .describe("Bounces: Message-IDs of our mails that could not be delivered"),
  diagnostic: z.string().max(2000).optional().describe("Bounces: the remote server's own words"),
});
export type AutomatedMail = z.infer<typeof automatedMailSchema>;

export const threadingHintsSchema = z.object({
  replyToken: z.string().max(200).optional().describe("Emma's token from the address the mail was sent to"),
  referencedIds: z
    .array(z.string().max(998))
    .max(200)
    .default([])
    .describe("In-Reply-To then References, newest first: provider ids of earlier items"),
  subjectToken: z.string().max(200).optional().describe("Emma's ticket token found in the subject"),
});
export type ThreadingHints = z.infer<typeof threadingHintsSchema>;

/**
 * What every connector turns a provider's payload into: one message, call, voicemail or forum post.
 * Ingestion is idempotent on (connectorId, externalId).
 */
export const inboundMessageSchema = z
  .object({
    channel: customerChannelSchema,
    kind: z.enum(INBOUND_KINDS).describe("What this item is on the timeline"),
    externalId: z.string().min(1).max(512).describe("The provider's id of this item; the dedupe key"),
    threadKey: z
      .string()
      .min(1)
      .max(512)
      .describe(
        "The provider's id of the thread this item belongs to; one conversation per (connector, thread key)",
      ),
    occurredAt: z.coerce.date().describe("When it happened at the provider, not when we received it"),
    direction: directionSchema.describe(
      "inbound from the customer, or outbound when we see our own sent items",
    ),
    author: z
      .object({
        name: z.string().max(255).optional().describe("The name the sender gave"),
        identities: z
          .array(rawIdentitySchema)
          .max(10)
          .describe("Every identifier of the customer in this item; the first one is the thread's contact"),
      })
      .describe("The customer this item is from (inbound) or to (outbound)"),
    subject: z.string().max(998).optional().describe("Email subject or forum topic title"),
    publicThread: z
      .boolean()
      .optional()
      .describe(
        "The thread is read by everyone (a Page comment, an X mention, a forum topic): an answer there is public, so the agent may answer privately instead",
      ),
    text: z.string().max(1_000_000).describe("Plain-text body; empty for a call without transcript"),
    html: z
      .string()
      .max(5_000_000)
      .optional()
      .describe("HTML body as received; sanitized before it is stored"),
    attachments: z.array(attachmentSchema).max(100).default([]).describe("Files that came with the item"),
    call: callDataSchema.optional().describe("Call and voicemail data; required for kind call and voicemail"),
    automated: automatedMailSchema
      .optional()
      .describe("Set for machine-written mail: it never creates a customer, reopens or gets an answer"),
    threading: threadingHintsSchema
      .optional()
      .describe("Clues that this item continues an existing conversation, tried before threadKey"),
    change: inboundChangeSchema
      .optional()
      .describe(
        "What this does to the timeline; omitted: a new item, or a revision when it carries call data",
      ),
    metadata: z
      .record(z.string(), z.unknown())
      .default({})
      .describe("Provider-specific facts worth keeping (message ids, permalinks, flags)"),
  })
  .superRefine((message, ctx) => {
    if ((message.kind === "call" || message.kind === "voicemail") && !message.call) {
      ctx.addIssue({ code: "custom", path: ["call"], message: "A call or voicemail needs its call data" });
    }
    if (message.kind === "forum_post" && message.channel !== "forum") {
      ctx.addIssue({ code: "custom", path: ["kind"], message: "Only the forum channel has forum posts" });
    }
  });
export type InboundMessage = z.infer<typeof inboundMessageSchema>;

/**
 * The change a message makes. A call's webhooks are revisions of one item unless its connector says
 * otherwise; one that names neither party only completes a call already stored.
 */
export function changeOf(message: InboundMessage): InboundChange {
  if (message.change) return message.change;
  if (message.call) return { type: "revision", completesOnly: isCallFollowUp(message) };
  return { type: "new" };
}

/**
 * Changes that can only apply to an item already stored wait for it instead of creating one: a
 * follow-up of a call, an edit or a restore that names nobody (Messenger's edit webhook carries only
 * the text), or an answer accepted before its post arrived. A restore that names its author creates
 * the item when it was never stored: the provider's recovered post is all there is of it.
 */
export function needsStoredItem(message: InboundMessage): boolean {
  const change = changeOf(message);
  return (
    change.type === "solution" ||
    (change.type === "revision" && change.completesOnly) ||
    ((change.type === "edit" || change.type === "restore") && message.author.identities.length === 0)
  );
}
export type InboundMessageInput = z.input<typeof inboundMessageSchema>;
