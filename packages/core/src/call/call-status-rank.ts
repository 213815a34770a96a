import type { CallData } from "../inbound/inbound-message.ts";

export type CallStatus = CallData["status"];

/**
 * Where a status sits in the one-way lifecycle ringing → in-progress → ended. Merging keeps the
 * highest rank, so a late or redelivered webhook can never move a call backwards.
 *
 * Providers send one terminal status per call, but two can meet (Twilio's parent call says
 * `completed` while its <Dial> to the agents said `no-answer`; a PBX and a softphone disagree).
 * "First terminal wins" would then depend on delivery order, and a replay could end differently, so
 * the terminals are ranked too: every unanswered outcome outranks `completed`, because "nobody took
 * it" is the fact an agent must see (call back, play the voicemail). Among the unanswered ones the
 * order is arbitrary but fixed.
 */
export const CALL_STATUS_RANK = {
  ringing: 0,
  "in-progress": 1,
  completed: 2,
  failed: 3,
  canceled: 4,
  busy: 5,
  "no-answer": 6,
} as const satisfies Record<CallStatus, number>;

/** The call is over: nothing but a recording or transcript will still be added. */
export const TERMINAL_CALL_STATUSES = [
  "completed",
  "busy",
  "no-answer",
  "canceled",
  "failed",
] as const satisfies readonly CallStatus[];

/** The call ended without anyone taking it. */
export const UNANSWERED_CALL_STATUSES = [
  "busy",
  "no-answer",
  "canceled",
  "failed",
] as const satisfies readonly CallStatus[];
export type UnansweredCallStatus = (typeof UNANSWERED_CALL_STATUSES)[number];

export function isTerminalCallStatus(status: CallStatus): boolean {
  return CALL_STATUS_RANK[status] >= CALL_STATUS_RANK.completed;
}

export function isUnansweredCallStatus(status: CallStatus): status is UnansweredCallStatus {
  return (UNANSWERED_CALL_STATUSES as readonly CallStatus[]).includes(status);
}

/** The further of two statuses: commutative, associative and idempotent, so delivery order never matters. */
export function furtherCallStatus(a: CallStatus, b: CallStatus): CallStatus {
  return CALL_STATUS_RANK[a] >= CALL_STATUS_RANK[b] ? a : b;
}
