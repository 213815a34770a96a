import { describe, expect, it } from "vitest";
import { callsReport } from "./calls-report.ts";
import { repeatContactsReport, rootCustomer } from "./repeat-contacts-report.ts";
import type { CallFact, Figure } from "./report-facts.ts";
import { reportPeriod } from "./report-period.ts";
import { conversation } from "./report-test-facts.ts";

const value = (figures: readonly Figure[], key: string) => figures.find((f) => f.key === key)?.value;
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

describe("repeat contacts across channels", () => {
  const day = (d: number, hour = 10) =>
    `2026-05-${String(d).padStart(2, "0")}T${String(hour).padStart(2, "0")}:00:00Z`;
  const mergedInto = new Map([["anna-old", "anna"]]);
  const history = [
    // Anna wrote by e-mail as a customer later merged into her; then she called twice.
    conversation("anna-mail", day(1), { customerId: "anna-old", lastMessageAt: new Date(day(2)) }),
    conversation("anna-call-1", day(5), { customerId: "anna", channel: "phone" }),
    conversation("anna-call-2", day(6), { customerId: "anna", channel: "phone" }),
    // Ben's Facebook message is more than 7 days before his e-mail.
    conversation("ben-facebook", day(1), { customerId: "ben", channel: "facebook" }),
    conversation("ben-mail", day(10), { customerId: "ben" }),
    // Cem goes X → forum → X.
    conversation("cem-x-1", day(3), { customerId: "cem", channel: "twitter" }),
    conversation("cem-forum", day(4), { customerId: "cem", channel: "forum" }),
    conversation("cem-x-2", day(5), { customerId: "cem", channel: "twitter" }),
    conversation("unknown-caller", day(5), { customerId: null, channel: "phone" }),
  ];

  it("counts contacts whose customer had a conversation on another channel in the 7 days before", () => {
    const figures = repeatContactsReport(
      history,
      history,
      reportPeriod("2026-05-03", "2026-05-10", "UTC"),
      mergedInto,
    );
    expect(value(figures, "repeat|all|count")).toBe(4);
    expect(value(figures, "repeat|all|share")).toBeCloseTo(4 / 6);
    expect(value(figures, "repeat|all|customers")).toBe(2);
    expect(value(figures, "repeat|email>phone|count")).toBe(2);
    expect(value(figures, "repeat|email>phone|customers")).toBe(1);
    expect(value(figures, "repeat|email>phone|share")).toBe(1);
    expect(value(figures, "repeat|twitter>forum|share")).toBe(1);
    expect(value(figures, "repeat|forum>twitter|share")).toBe(0.5);
    expect(value(figures, "repeat|facebook>email|count")).toBe(0);
    expect(ids(figures, "repeat|email>phone|count")).toEqual(["anna-call-1", "anna-call-2"]);
  });

  it("does not see the repeat when the merge is not followed", () => {
    const figures = repeatContactsReport(
      history,
      history,
      reportPeriod("2026-05-03", "2026-05-10", "UTC"),
      new Map(),
    );
    expect(value(figures, "repeat|email>phone|count")).toBe(0);
  });

  it("follows a merge chain to its end", () => {
    expect(
      rootCustomer(
        new Map([
          ["a", "b"],
          ["b", "c"],
        ]),
        "a",
      ),
    ).toBe("c");
  });
});
