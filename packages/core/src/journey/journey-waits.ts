import { NOT_WAITING, nextWaiting, type WaitingEvent } from "../conversation/waiting.ts";

/** A stretch in which the customer waited for us, from their message to our answer or settling. */
export interface Wait {
  from: Date;
  to: Date;
}

/**
 * The waits a conversation's history holds, by the queue's own clock rule (nextWaiting): each ends
 * when the clock stops or restarts later. A wait still running is not here: the conversation's
 * stored waiting_since says that one, as the queue shows it.
 */
export function pastWaits(events: readonly WaitingEvent[]): Wait[] {
  const waits: Wait[] = [];
  let state = NOT_WAITING;
  for (const event of [...events].sort((a, b) => a.at.getTime() - b.at.getTime())) {
    const before = state.waitingSince;
    state = nextWaiting(state, event);
    if (before !== null && state.waitingSince?.getTime() !== before.getTime())
      waits.push({ from: before, to: event.at });
  }
  return waits;
}
