import { z } from "zod";

/**
 * The channels a customer can write or call on: every channel a connector serves. A new channel is
 * added here (and in a migration widening the database's checks); every list and map of channels
 * in the code derives from this one or is a Record the compiler makes complete.
 */
export const CUSTOMER_CHANNELS = ["email", "phone", "facebook", "twitter", "forum"] as const;
export const customerChannelSchema = z.enum(CUSTOMER_CHANNELS).describe("A channel a connector serves");
export type CustomerChannel = z.infer<typeof customerChannelSchema>;

/** The customer-facing channels, plus `internal` for notes and system items made inside Emma. */
export const CHANNELS = [...CUSTOMER_CHANNELS, "internal"] as const;
export const channelSchema = z.enum(CHANNELS).describe("Where a conversation or timeline item happened");
export type Channel = z.infer<typeof channelSchema>;

export const DIRECTIONS = ["inbound", "outbound", "internal"] as const;
export const directionSchema = z
  .enum(DIRECTIONS)
  .describe(
    "inbound: from the customer; outbound: from us to the customer; internal: never seen by the customer",
  );
export type Direction = z.infer<typeof directionSchema>;

export const TIMELINE_KINDS = [
  "message",
  "call",
  "voicemail",
  "forum_post",
  "note",
  "status_change",
  "assignment",
  "merge",
  "unmerge",
  // An agent filed an unknown caller's conversation under the customer it turned out to be.
  "caller_attached",
] as const;
export const timelineKindSchema = z.enum(TIMELINE_KINDS).describe("What a timeline item is");
export type TimelineKind = z.infer<typeof timelineKindSchema>;

export const CONVERSATION_STATUSES = ["open", "pending", "resolved", "snoozed"] as const;
export const conversationStatusSchema = z
  .enum(CONVERSATION_STATUSES)
  .describe("open: needs us; pending: waits for the customer; resolved: done; snoozed: back at snoozedUntil");
export type ConversationStatus = z.infer<typeof conversationStatusSchema>;

export const PRIORITIES = ["low", "normal", "high", "urgent"] as const;
export const prioritySchema = z.enum(PRIORITIES).describe("How urgently a conversation needs an answer");
export type Priority = z.infer<typeof prioritySchema>;
