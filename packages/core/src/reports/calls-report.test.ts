import { describe, expect, it } from "vitest";
import { callsReport } from "./calls-report.ts";
import type { CallFact, Figure } from "./report-facts.ts";
import { reportPeriod } from "./report-period.ts";

const ids = (figures: readonly Figure[], key: string) => figures.find((f) => f.key === key)?.conversationIds;

describe("calls", () => {
  const call = (status: CallFact["status"], fields: Partial<CallFact> = {}): CallFact => ({
    kind: "call",
    status,
    occurredAt: new Date("2026-06-10T08:00:00Z"),
    calls: 1,
    durationSeconds: 0,
    conversationIds: [`conv-${status}`],
    ...fields,
  });

  it("sorts calls into answered, missed, abandoned and voicemail, and adds up the talk time", () => {
    const calls = [
      call("completed", { durationSeconds: 120 }),
      call("in-progress"),
      call("no-answer"),
      call("busy"),
      call("canceled"),
      call("no-answer", { kind: "voicemail", durationSeconds: 30, conversationIds: ["conv-voicemail"] }),
      call("ringing"),
      call("completed", { occurredAt: new Date("2026-07-01T00:00:00Z"), durationSeconds: 999 }),
    ];
    const figures = callsReport(calls, reportPeriod("2026-06-01", "2026-06-30", "UTC"));
    expect(Object.fromEntries(figures.map((f) => [f.key, f.value]))).toEqual({
      "calls|answered": 2,
      "calls|missed": 2,
      "calls|abandoned": 1,
      "calls|voicemail": 1,
      "calls|talkTime": 120,
      "calls|averageTalkTime": 60,
    });
    expect(ids(figures, "calls|missed")).toEqual(["conv-no-answer", "conv-busy"]);
  });
});
