import type { PresencePayload, RealtimeEvent } from "@emma/core";
import type { IncomingCall } from "./call-store.ts";

/** What the console does about one event; kept pure so the mapping is tested without React. */
export type RealtimeAction =
  | { type: "refresh-customer"; customerId: string }
  | { type: "refresh-conversation"; conversationId: string }
  | { type: "refresh-queues" }
  | { type: "refresh-all-customers" }
  | { type: "screen-pop"; call: IncomingCall }
  | { type: "presence"; presence: PresencePayload };

function refreshes(customerId: string | null | undefined, conversationId: string | null): RealtimeAction[] {
  const actions: RealtimeAction[] = [];
  if (customerId) actions.push({ type: "refresh-customer", customerId });
  if (conversationId) actions.push({ type: "refresh-conversation", conversationId });
  actions.push({ type: "refresh-queues" });
  return actions;
}

/** Events arrive parsed (readRealtimeEvent): each topic's payload is its contract in core. */
export function realtimeActions(event: RealtimeEvent): RealtimeAction[] {
  switch (event.topic) {
    case "timeline.created":
    case "timeline.updated":
    case "conversation.changed":
      return refreshes(event.payload.customerId, event.payload.conversationId);
    case "call.incoming":
      return [{ type: "screen-pop", call: { ...event.payload, at: event.at } }];
    case "merge.suggested":
    case "merge.withdrawn":
    case "customer.merged":
      // Merges move items between customers: refresh every customer view rather than guess which.
      return [{ type: "refresh-all-customers" }];
    case "presence":
      return [{ type: "presence", presence: event.payload }];
    default: {
      const unreachable: never = event;
      return unreachable;
    }
  }
}
