import { nextWaiting, type WaitingEvent } from "@emma/core";
import type { ConversationRow } from "../../db/schema.ts";

/** The conversation's waiting columns after an agent's answer or settling, by core's rule. */
export function waitingAfter(
  conversation: Pick<ConversationRow, "waiting_since" | "answered_at" | "last_inbound_at">,
  event: WaitingEvent,
): { waiting_since: Date | null; answered_at: Date | null } {
  const after = nextWaiting(
    {
      waitingSince: conversation.waiting_since,
      answeredAt: conversation.answered_at,
      lastInboundAt: conversation.last_inbound_at,
    },
    event,
  );
  return { waiting_since: after.waitingSince, answered_at: after.answeredAt };
}
