import { z } from "zod";

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
  "customer.merged",
  "presence",
] as const;
export const realtimeTopicSchema = z.enum(REALTIME_TOPICS).describe("What happened");
export type RealtimeTopic = z.infer<typeof realtimeTopicSchema>;

/** One event on the console's stream. */
export const realtimeEventSchema = z.object({
  id: z.string().describe("Monotonic id; resume after it"),
  topic: realtimeTopicSchema,
  payload: z.record(z.string(), z.unknown()).describe("Topic-specific facts: ids the console refetches"),
  at: z.string().describe("When it happened, ISO 8601"),
});
export type RealtimeEvent = z.infer<typeof realtimeEventSchema>;
