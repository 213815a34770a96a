import { isUnansweredCallStatus, type CallStatus } from "../call/call-status-rank.ts";
import type { ConversationStatus, Direction, TimelineKind } from "../channel/channel.ts";
import type { WaitingEvent } from "../conversation/waiting.ts";

/** What of a stored timeline item the response clock needs. */
export interface JourneyItemFacts {
  kind: TimelineKind;
  direction: Direction;
  at: Date;
  /** A call's or voicemail's outcome, when known. */
  callStatus: CallStatus | null;
  /** Out-of-office and bounce mail: no one wrote to us. */
  automated: boolean;
  /** A status change: the status it set. */
  statusTo: ConversationStatus | null;
}

/**
 * How a stored item moved the "waiting for us" clock, by the same rules ingest and the agents'
 * actions apply (conversation/waiting.ts), so the journey shows the waits the queue counted.
 */
export function journeyClockEvent(item: JourneyItemFacts): WaitingEvent | null {
  const at = item.at;
  switch (item.kind) {
    case "message":
    case "forum_post":
      if (item.automated || item.direction === "internal") return null;
      return { kind: item.direction === "inbound" ? "customer_wrote" : "answered", at };
    case "voicemail":
      return item.direction === "inbound" ? { kind: "customer_wrote", at } : null;
    case "call":
      if (item.callStatus === "completed") return { kind: "answered", at };
      if (item.callStatus !== null && isUnansweredCallStatus(item.callStatus) && item.direction === "inbound")
        return { kind: "customer_wrote", at };
      return null;
    case "status_change":
      return item.statusTo === "resolved" || item.statusTo === "pending" ? { kind: "settled", at } : null;
    case "note":
    case "assignment":
    case "merge":
    case "unmerge":
    case "caller_attached":
      return null;
    default: {
      const unreachable: never = item.kind;
      throw new Error(`unknown item kind ${String(unreachable)}`);
    }
  }
}
