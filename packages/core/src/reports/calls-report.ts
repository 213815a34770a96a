import type { CallFact, Figure } from "./report-facts.ts";
import { figure } from "./report-facts.ts";
import { within, type ReportPeriod } from "./report-period.ts";

export const CALL_OUTCOMES = ["answered", "missed", "abandoned", "voicemail"] as const;
export type CallOutcome = (typeof CALL_OUTCOMES)[number];

/**
 * What became of an inbound call. Voicemail: the caller left a message (core's call kind). Answered:
 * someone took it (completed, or still talking). Abandoned: the caller hung up while it rang
 * (canceled). Missed: it rang out, was busy or failed and left no message. A call still ringing has
 * no outcome yet and is not counted.
 */
export function callOutcome(call: CallFact): CallOutcome | null {
  if (call.kind === "voicemail") return "voicemail";
  switch (call.status) {
    case "completed":
    case "in-progress":
      return "answered";
    case "canceled":
      return "abandoned";
    case "busy":
    case "no-answer":
    case "failed":
      return "missed";
    case "ringing":
      return null;
    default: {
      const unknown: never = call.status;
      throw new Error(`Unknown call status ${String(unknown)}`);
    }
  }
}

/**
 * Inbound calls that started within the period by outcome, and the answered calls' talk time.
 * A fact may stand for many calls of one kind and status (the API counts them in SQL); the
 * conversations behind them are listed only when the caller asked for them (a drill-down).
 */
export function callsReport(calls: readonly CallFact[], period: ReportPeriod): Figure[] {
  const ids: Record<CallOutcome, string[]> = { answered: [], missed: [], abandoned: [], voicemail: [] };
  const counts: Record<CallOutcome, number> = { answered: 0, missed: 0, abandoned: 0, voicemail: 0 };
  let talkSeconds = 0;
  for (const call of calls) {
    if (!within(call.occurredAt, period)) continue;
    const outcome = callOutcome(call);
    if (outcome === null) continue;
    counts[outcome] += call.calls;
    ids[outcome].push(...call.conversationIds);
    if (outcome === "answered") talkSeconds += call.durationSeconds;
  }
  const answered = counts.answered;
  const conversations = (list: string[]) => [...new Set(list)];
  return [
    ...CALL_OUTCOMES.map((outcome) =>
      figure(`calls|${outcome}`, { outcome }, "count", counts[outcome], conversations(ids[outcome])),
    ),
    figure("calls|talkTime", { measure: "talkTime" }, "seconds", talkSeconds, conversations(ids.answered)),
    figure(
      "calls|averageTalkTime",
      { measure: "averageTalkTime" },
      "seconds",
      answered === 0 ? null : talkSeconds / answered,
      conversations(ids.answered),
    ),
  ];
}
