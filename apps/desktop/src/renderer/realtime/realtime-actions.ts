import { presencePayloadSchema, type PresencePayload, type RealtimeEvent } from "@emma/core";
import type { IncomingCall } from "./call-store.ts";

/** What the console does about one event; kept pure so the mapping is tested without React. */
export type RealtimeAction =
  | { type: "refresh-customer"; customerId: string }
  | { type: "refresh-conversation"; conversationId: string }
  | { type: "refresh-queues" }
  | { type: "refresh-all-customers" }
  | { type: "screen-pop"; call: IncomingCall }
  | { type: "presence"; presence: PresencePayload };

function text(payload: Record<string, unknown>, key: string): string | null {
  const value = payload[key];
  return typeof value === "string" ? value : null;
}

export function realtimeActions(event: RealtimeEvent): RealtimeAction[] {
  const { payload } = event;
  const customerId = text(payload, "customerId");
  const conversationId = text(payload, "conversationId");
  const actions: RealtimeAction[] = [];
  switch (event.topic) {
    case "timeline.created":
    case "timeline.updated":
    case "conversation.changed":
      if (customerId) actions.push({ type: "refresh-customer", customerId });
      if (conversationId) actions.push({ type: "refresh-conversation", conversationId });
      actions.push({ type: "refresh-queues" });
      return actions;
    case "call.incoming":
      return [
        {
          type: "screen-pop",
          call: {
            eventId: text(payload, "eventId") ?? event.id,
            customerId,
            conversationId,
            from: text(payload, "from") ?? "",
            at: event.at,
          },
        },
      ];
    case "merge.suggested":
    case "customer.merged":
      // Merges move items between customers: refresh every customer view rather than guess which.
      return [{ type: "refresh-all-customers" }];
    case "presence": {
      // Checked: a malformed one from an older or newer API is dropped, not shown half-filled.
      const presence = presencePayloadSchema.safeParse(payload);
      return presence.success ? [{ type: "presence", presence: presence.data }] : [];
    }
    default: {
      const unreachable: never = event.topic;
      return unreachable;
    }
  }
}
