import { describe, expect, it } from "vitest";
import { realtimeEventSchema, realtimeNewsSchema } from "./events.ts";

const customerId = "00000000-0000-4000-8000-000000000001";
const conversationId = "00000000-0000-4000-8000-000000000002";
const eventId = "00000000-0000-4000-8000-000000000003";

describe("realtime events by topic", () => {
  it("reads a timeline update with the change that caused it", () => {
    const event = realtimeEventSchema.parse({
      id: "7",
      at: "2025-01-01T00:00:00.000Z",
      topic: "timeline.updated",
      payload: { customerId, conversationId, eventId, channel: "facebook", kind: "message", change: "edit" },
    });
    expect(event.topic === "timeline.updated" && event.payload.change).toBe("edit");
  });

  it("refuses a payload that belongs to another topic", () => {
    const result = realtimeNewsSchema.safeParse({
      topic: "call.incoming",
      payload: { mergeId: eventId, survivorId: customerId, absorbedId: conversationId, undone: false },
    });
    expect(result.success).toBe(false);
  });

  it("refuses a topic nobody publishes", () => {
    expect(realtimeNewsSchema.safeParse({ topic: "customer.deleted", payload: {} }).success).toBe(false);
  });

  it("keeps a conversation change without its customer (a bounce knows only the conversation)", () => {
    const news = realtimeNewsSchema.parse({
      topic: "conversation.changed",
      payload: { conversationId, delivery: "failed" },
    });
    expect(news.payload).toEqual({ conversationId, delivery: "failed" });
  });
});
