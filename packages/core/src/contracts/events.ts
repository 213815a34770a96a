import { z } from "zod";
import { channelSchema, timelineKindSchema } from "../channel/channel.ts";
import { idSchema } from "./common.ts";
import { deliveryStateSchema } from "./delivery-state.ts";
import { presencePayloadSchema } from "./presence.ts";

export const eventStreamInputSchema = z.object({
  lastEventId: z
    .string()
    .regex(/^\d+$/)
    .nullish()
    .describe("Resume after this event id; set by the SSE client from Last-Event-ID on reconnect"),
});
export type EventStreamInput = z.infer<typeof eventStreamInputSchema>;

export const REALTIME_TOPICS = [
  "timeline.created",
  // A stored item changed in place, e.g. a call that was answered, ended or got its recording.
  "timeline.updated",
  "conversation.changed",
  "call.incoming",
  "merge.suggested",
  // An open suggestion's evidence is gone (a customer renamed, a message erased): no longer shown.
  "merge.withdrawn",
  "customer.merged",
  "presence",
] as const;
export const realtimeTopicSchema = z.enum(REALTIME_TOPICS).describe("What happened");
export type RealtimeTopic = z.infer<typeof realtimeTopicSchema>;

/** Why a stored timeline item changed; the console may say so ("edited", "removed", "read"). */
export const TIMELINE_CHANGES = [
  "revision",
  "edit",
  "delete",
  "restore",
  "solution",
  "thread",
  "receipt",
  "delivery",
] as const;
export const timelineChangeSchema = z
  .enum(TIMELINE_CHANGES)
  .describe(
    "revision: a newer state (a call answered); edit/delete/restore: the author changed, removed or brought it back; solution: it became (or stopped being) its thread's answer; thread: its thread was renamed, removed or closed; receipt: the customer's side reported delivery or reading; delivery: our outbox's state",
  );
export type TimelineChange = z.infer<typeof timelineChangeSchema>;

const timelineItemFactsSchema = z.object({
  customerId: idSchema.nullable().describe("Whose timeline; null for an unknown caller's item"),
  conversationId: idSchema.nullable().describe("The item's conversation, if it has one"),
  eventId: idSchema.describe("The timeline item"),
  channel: channelSchema,
  kind: timelineKindSchema,
});

export const timelineCreatedPayloadSchema = timelineItemFactsSchema.describe("A new timeline item");
export type TimelineCreatedPayload = z.infer<typeof timelineCreatedPayloadSchema>;

export const timelineUpdatedPayloadSchema = timelineItemFactsSchema
  .extend({ change: timelineChangeSchema.optional() })
  .describe("A stored timeline item changed in place");
export type TimelineUpdatedPayload = z.infer<typeof timelineUpdatedPayloadSchema>;

export const conversationChangedPayloadSchema = z
  .object({
    conversationId: idSchema.describe("The conversation"),
    customerId: idSchema
      .nullable()
      .optional()
      .describe("Its customer, when the publisher knew it; null for an unknown caller's"),
    delivery: deliveryStateSchema
      .optional()
      .describe("Set when the change is a reply's delivery state: the thread refetches it"),
  })
  .describe("Status, assignment, customer or a reply's delivery changed");
export type ConversationChangedPayload = z.infer<typeof conversationChangedPayloadSchema>;

export const callIncomingPayloadSchema = timelineItemFactsSchema
  .pick({ customerId: true, conversationId: true, eventId: true })
  .extend({ from: z.string().max(64).describe("The caller's number as the phone system sent it") })
  .describe("A call is ringing: the screen pop");
export type CallIncomingPayload = z.infer<typeof callIncomingPayloadSchema>;

export const mergeSuggestedPayloadSchema = z
  .object({
    suggestionId: idSchema.describe("The open suggestion"),
    customerIds: z.tuple([idSchema, idSchema]).describe("The two customers that may be one person"),
  })
  .describe("An inbound event named identities of two customers");
export type MergeSuggestedPayload = z.infer<typeof mergeSuggestedPayloadSchema>;

export const mergeWithdrawnPayloadSchema = z
  .object({
    suggestionId: idSchema.describe("The suggestion no longer open"),
    customerIds: z.tuple([idSchema, idSchema]).describe("The two customers it was about"),
  })
  .describe("A check of the two found nothing left that says they may be one person");
export type MergeWithdrawnPayload = z.infer<typeof mergeWithdrawnPayloadSchema>;

export const customerMergedPayloadSchema = z
  .object({
    mergeId: idSchema.describe("The merge"),
    survivorId: idSchema.describe("The customer that stays"),
    absorbedId: idSchema.describe("The customer merged into it"),
    undone: z.boolean().describe("true: this is the merge being undone"),
  })
  .describe("Two customers were merged, or a merge was undone");
export type CustomerMergedPayload = z.infer<typeof customerMergedPayloadSchema>;

function news<T extends RealtimeTopic, P extends z.ZodType>(topic: T, payload: P) {
  return z.object({ topic: z.literal(topic).describe("What happened"), payload });
}

/**
 * What a publisher announces: one payload schema per topic. The API parses it before storing it,
 * the console parses it again when it arrives (it may come from an older or newer API).
 */
export const realtimeNewsSchema = z.discriminatedUnion("topic", [
  news("timeline.created", timelineCreatedPayloadSchema),
  news("timeline.updated", timelineUpdatedPayloadSchema),
  news("conversation.changed", conversationChangedPayloadSchema),
  news("call.incoming", callIncomingPayloadSchema),
  news("merge.suggested", mergeSuggestedPayloadSchema),
  news("merge.withdrawn", mergeWithdrawnPayloadSchema),
  news("customer.merged", customerMergedPayloadSchema),
  news("presence", presencePayloadSchema),
]);
export type RealtimeNews = z.infer<typeof realtimeNewsSchema>;
/** The payload of one topic, e.g. `RealtimePayload<"call.incoming">`. */
export type RealtimePayload<T extends RealtimeTopic> = Extract<RealtimeNews, { topic: T }>["payload"];

/** One event on the console's stream. */
export const realtimeEventSchema = z
  .object({
    id: z.string().regex(/^\d+$/).describe("Monotonic id; resume after it"),
    at: z.string().describe("When it happened, ISO 8601"),
  })
  .and(realtimeNewsSchema);
export type RealtimeEvent = z.infer<typeof realtimeEventSchema>;
