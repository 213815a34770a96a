import { describe, expect, it, vi } from "vitest";
import { readRealtimeEvent } from "./read-realtime-event.ts";
import { realtimeActions } from "./realtime-actions.ts";

const at = "2025-01-01T00:00:00.000Z";
const customerId = "00000000-0000-4000-8000-000000000001";
const conversationId = "00000000-0000-4000-8000-000000000002";
const eventId = "00000000-0000-4000-8000-000000000003";

/** As the stream hands it over: unchecked. */
function actionsFor(data: unknown) {
  const warn = vi.fn<(message: string) => void>();
  const event = readRealtimeEvent(data, warn);
  return { actions: event ? realtimeActions(event) : [], warned: warn.mock.calls.length > 0 };
}

describe("realtimeActions", () => {
  it("refreshes the customer, the conversation and the queues on a new timeline item", () => {
    const { actions } = actionsFor({
      id: "1",
      topic: "timeline.created",
      at,
      payload: { customerId, conversationId, eventId, channel: "email", kind: "message" },
    });
    expect(actions).toEqual([
      { type: "refresh-customer", customerId },
      { type: "refresh-conversation", conversationId },
      { type: "refresh-queues" },
    ]);
  });

  it("pops the screen for an incoming call", () => {
    const { actions } = actionsFor({
      id: "2",
      topic: "call.incoming",
      at,
      payload: { customerId, conversationId, eventId, from: "+49301234" },
    });
    expect(actions).toEqual([
      { type: "screen-pop", call: { eventId, customerId, conversationId, from: "+49301234", at } },
    ]);
  });

  it("refreshes every customer view when a merge suggestion is withdrawn, so its banner goes", () => {
    const { actions, warned } = actionsFor({
      id: "4",
      topic: "merge.withdrawn",
      at,
      payload: { suggestionId: eventId, customerIds: [customerId, conversationId] },
    });
    expect(warned).toBe(false);
    expect(actions).toEqual([{ type: "refresh-all-customers" }]);
  });

  it("passes presence on", () => {
    const presence = {
      conversationId,
      userId: customerId,
      displayName: "Anna Albrecht",
      state: "typing",
      composer: "reply",
    };
    expect(actionsFor({ id: "3", topic: "presence", at, payload: presence }).actions).toEqual([
      { type: "presence", presence },
    ]);
  });

  it("ignores, with a warning, an event it cannot read instead of acting on half of it", () => {
    expect(actionsFor({ id: "3", topic: "presence", at, payload: {} })).toEqual({
      actions: [],
      warned: true,
    });
    expect(actionsFor({ id: "4", topic: "conversation.changed", at, payload: { customerId: 42 } })).toEqual({
      actions: [],
      warned: true,
    });
    expect(actionsFor({ id: "5", topic: "customer.deleted", at, payload: {} })).toEqual({
      actions: [],
      warned: true,
    });
  });
});
