import type { ResponseClock } from "@emma/core";
import type { ConversationRow } from "../../db/schema.ts";
import type { JourneyItem } from "./journey-items.ts";

/** The journey as the console draws it; times as ISO strings, items oldest first. */
export function presentJourney(props: {
  customerId: string;
  conversations: readonly (ConversationRow & { response: ResponseClock })[];
  items: readonly JourneyItem[];
  truncated: boolean;
}) {
  const itemsOf = new Map<string, JourneyItem[]>();
  for (const item of props.items)
    itemsOf.set(item.conversationId, [...(itemsOf.get(item.conversationId) ?? []), item]);
  return {
    /** The live customer: a merged-away id was followed to the one it was merged into. */
    customerId: props.customerId,
    /** More conversations than one answer carries: the oldest are left out. */
    truncated: props.truncated,
    conversations: props.conversations.map((c) => ({
      id: c.id,
      channel: c.channel,
      subject: c.subject,
      status: c.status,
      priority: c.priority,
      createdAt: c.created_at.toISOString(),
      firstResponseAt: c.first_response_at?.toISOString() ?? null,
      resolvedAt: c.resolved_at?.toISOString() ?? null,
      lastMessageAt: c.last_message_at.toISOString(),
      /** The customer's first message we have not answered; null when nobody waits on us. */
      waitingSince: c.waiting_since?.toISOString() ?? null,
      /** Minutes the customer should wait at most (the admins' targets by channel and priority). */
      responseTargetMinutes: c.response.responseTargetMinutes,
      /** When our answer is due, in the desk's business hours when the admins set them. */
      responseDueAt: c.response.responseDueAt?.toISOString() ?? null,
      items: (itemsOf.get(c.id) ?? []).map((item) => ({
        at: item.at.toISOString(),
        kind: item.kind,
        direction: item.direction,
        /** How the item moved the response clock (core journeyClockEvent); null: not at all. */
        clock: item.clock,
      })),
    })),
  };
}
