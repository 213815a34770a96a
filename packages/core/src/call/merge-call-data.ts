import type { CallData } from "../inbound/inbound-message.ts";
import { furtherCallStatus, isUnansweredCallStatus } from "./call-status-rank.ts";

/**
 * One call is one timeline item, fed by every webhook of that call (same provider call id). The API
 * merges each new snapshot into the stored one with this function.
 *
 * The merge is commutative, associative and idempotent: webhooks arrive out of order, twice, or
 * again on replay, and the item ends the same. Hence:
 * - status only moves forward (see CALL_STATUS_RANK);
 * - a call somebody answered (answeredBy known) cannot end as unanswered: the agent's pickup is
 *   stronger evidence than a `no-answer` from a leg that did not see it;
 * - duration, recording, transcript and answeredBy fill in and are never erased by an event that
 *   lacks them. When two events disagree (rare: two recordings of one call), the pick is fixed —
 *   longest duration, longest transcript, else the greater string — only so that a replay agrees;
 * - once retention removed the recording (recordingRemovedAt), neither it nor its transcript comes
 *   back from a late webhook or a replay of the raw events.
 */
export function mergeCallData(stored: CallData, incoming: CallData): CallData {
  const answeredBy = greater(stored.answeredBy, incoming.answeredBy);
  const status = furtherCallStatus(stored.status, incoming.status);
  const merged: CallData = {
    status: answeredBy !== undefined && isUnansweredCallStatus(status) ? "completed" : status,
    from: greater(nonEmpty(stored.from), nonEmpty(incoming.from)) ?? "",
    to: greater(nonEmpty(stored.to), nonEmpty(incoming.to)) ?? "",
  };
  const durationSeconds = larger(stored.durationSeconds, incoming.durationSeconds);
  const recordingRemovedAt = earlier(stored.recordingRemovedAt, incoming.recordingRemovedAt);
  const kept = recordingRemovedAt === undefined;
  const recordingUrl = kept ? greater(stored.recordingUrl, incoming.recordingUrl) : undefined;
  const transcript = kept ? longer(stored.transcript, incoming.transcript) : undefined;
  // Absent keys stay absent (not `undefined`), so merged items compare equal to fresh ones.
  if (durationSeconds !== undefined) merged.durationSeconds = durationSeconds;
  if (recordingUrl !== undefined) merged.recordingUrl = recordingUrl;
  if (transcript !== undefined) merged.transcript = transcript;
  if (answeredBy !== undefined) merged.answeredBy = answeredBy;
  if (recordingRemovedAt !== undefined) merged.recordingRemovedAt = recordingRemovedAt;
  return merged;
}

function nonEmpty(value: string): string | undefined {
  return value === "" ? undefined : value;
}

function greater(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a >= b ? a : b;
}

function earlier(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Date.parse(a) <= Date.parse(b) ? a : b;
}

function larger(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Math.max(a, b);
}

function longer(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined || b === undefined || a.length === b.length) return greater(a, b);
  return a.length > b.length ? a : b;
}
