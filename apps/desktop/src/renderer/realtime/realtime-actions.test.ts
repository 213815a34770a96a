import { describe, expect, it } from "vitest";
import { realtimeActions } from "./realtime-actions.ts";

const at = "2025-01-01T00:00:00.000Z";

describe("realtimeActions", () => {
  it("refreshes the customer, the conversation and the queues on a new timeline item", () => {
    const actions = realtimeActions({
      id: "1",
      topic: "timeline.created",
      at,
      payload: { customerId: "c", conversationId: "v", eventId: "e" },
    });
    expect(actions).toEqual([
      { type: "refresh-customer", customerId: "c" },
      { type: "refresh-conversation", conversationId: "v" },
      { type: "refresh-queues" },
    ]);
  });

  it("pops the screen for an incoming call", () => {
    const [action] = realtimeActions({
      id: "2",
      topic: "call.incoming",
      at,
      payload: { customerId: "c", conversationId: "v", eventId: "e", from: "+49301234" },
    });
    expect(action).toEqual({
      type: "screen-pop",
      call: { eventId: "e", customerId: "c", conversationId: "v", from: "+49301234", at },
    });
  });

  it("passes presence on, and survives odd payloads", () => {
    const presence = {
      conversationId: "00000000-0000-4000-8000-000000000001",
      userId: "00000000-0000-4000-8000-000000000002",
      displayName: "Anna Albrecht",
      state: "typing",
      composer: "reply",
    };
    expect(realtimeActions({ id: "3", topic: "presence", at, payload: presence })).toEqual([
      { type: "presence", presence },
    ]);
    expect(realtimeActions({ id: "3", topic: "presence", at, payload: {} })).toEqual([]);
    expect(
      realtimeActions({ id: "4", topic: "conversation.changed", at, payload: { customerId: 42 } }),
    ).toEqual([{ type: "refresh-queues" }]);
  });
});
