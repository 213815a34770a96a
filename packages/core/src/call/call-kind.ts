import type { CallData } from "../inbound/inbound-message.ts";
import { isUnansweredCallStatus } from "./call-status-rank.ts";

export type CallKind = "call" | "voicemail";

/**
 * A voicemail is a call that ended without anyone taking it (busy, no-answer, canceled, failed) and
 * still left a recording: the caller spoke to the mailbox. A recording of a `completed` call is a
 * call recording, not a voicemail. While the call is still ringing or in progress it is a call:
 * whether it becomes a voicemail is only known once the end and the recording are both in, which
 * is why the API recomputes the kind after every merge. A voicemail whose recording retention removed
 * stays a voicemail.
 */
export function isVoicemail(call: CallData): boolean {
  const recorded = call.recordingUrl !== undefined || call.recordingRemovedAt !== undefined;
  return recorded && isUnansweredCallStatus(call.status);
}

export function callKindOf(call: CallData): CallKind {
  return isVoicemail(call) ? "voicemail" : "call";
}
