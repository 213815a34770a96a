import { isUnansweredCallStatus } from "../call/call-status-rank.ts";
import type { InboundMessage } from "../inbound/inbound-message.ts";

/**
 * "Waiting for us since": the time of the customer's first message we have not answered yet, the
 * clock the queue order and the response target run on. Kept on the conversation with the time
 * we last answered or settled it, so a message that arrives late (imported history, a delayed
 * webhook) from before that answer does not start the clock again.
 */
export interface WaitingState {
  waitingSince: Date | null;
  /** When we last answered (a reply, a call taken) or settled it (resolved, set pending). */
  answeredAt: Date | null;
  /** The customer's latest message (automated mail aside), as ingest keeps it. */
  lastInboundAt: Date | null;
}

/**
 * What moves the clock:
 * - `customer_wrote`: a message, forum post or voicemail from the customer, or a call nobody took
 *   (a callback is owed). Automated mail (out-of-office, bounces) is none of these.
 * - `answered`: our reply on the customer's channel (sent from the console or seen through the
 *   connector), or a call that was taken (we spoke).
 * - `settled`: an agent resolves the conversation or sets it pending (now waiting on the
 *   customer): nothing is owed until the customer writes again.
 * Internal notes, assignment, snoozing and reopening by an agent change nothing: a snoozed
 * conversation the customer is still waiting on keeps its clock.
 */
export type WaitingEvent =
  { kind: "customer_wrote"; at: Date } | { kind: "answered"; at: Date } | { kind: "settled"; at: Date };

export const NOT_WAITING: WaitingState = { waitingSince: null, answeredAt: null, lastInboundAt: null };

/** The state after one event. Events may come in any order; see each case for what late ones do. */
export function nextWaiting(state: WaitingState, event: WaitingEvent): WaitingState {
  switch (event.kind) {
    case "customer_wrote": {
      const lastInboundAt = later(state.lastInboundAt, event.at);
      // Written before our last answer, only delivered now: that answer covered it.
      if (state.answeredAt !== null && event.at <= state.answeredAt) return { ...state, lastInboundAt };
      return { ...state, lastInboundAt, waitingSince: earlier(state.waitingSince, event.at) };
    }
    case "answered":
    case "settled": {
      const answeredAt = later(state.answeredAt, event.at);
      // A late answer from before the clock started answers nothing that is waiting.
      if (state.waitingSince !== null && state.waitingSince > event.at) return { ...state, answeredAt };
      // Messages after this answer that were delivered before it still wait; the latest of them
      // is known, the earliest not: the clock restarts there, so a wait is never overstated.
      const stillWaiting = state.lastInboundAt !== null && state.lastInboundAt > event.at;
      return { ...state, answeredAt, waitingSince: stillWaiting ? state.lastInboundAt : null };
    }
    default: {
      const unreachable: never = event;
      throw new Error(`unknown waiting event ${JSON.stringify(unreachable)}`);
    }
  }
}

/** The state after several events, applied in time order. */
export function foldWaiting(state: WaitingState, events: readonly WaitingEvent[]): WaitingState {
  return [...events].sort((a, b) => a.at.getTime() - b.at.getTime()).reduce(nextWaiting, state);
}

/** What an item arriving through a connector does to the clock, or null when nothing. */
export function waitingEventOf(
  message: Pick<InboundMessage, "kind" | "direction" | "automated" | "call" | "occurredAt">,
): WaitingEvent | null {
  const at = message.occurredAt;
  if (message.automated !== undefined || message.direction === "internal") return null;
  const inbound = message.direction === "inbound";
  switch (message.kind) {
    case "message":
    case "forum_post":
      return { kind: inbound ? "customer_wrote" : "answered", at };
    case "voicemail":
      return inbound ? { kind: "customer_wrote", at } : null;
    case "call": {
      const status = message.call?.status;
      if (status === "completed") return { kind: "answered", at };
      // We called and nobody picked up: the customer still waits for us, as before.
      if (status !== undefined && isUnansweredCallStatus(status) && inbound)
        return { kind: "customer_wrote", at };
      // Ringing or in progress: decided when the call ends.
      return null;
    }
    default: {
      const unreachable: never = message.kind;
      throw new Error(`unknown item kind ${String(unreachable)}`);
    }
  }
}

function earlier(a: Date | null, b: Date): Date {
  return a !== null && a <= b ? a : b;
}

function later(a: Date | null, b: Date): Date {
  return a !== null && a >= b ? a : b;
}
