import { describe, expect, it } from "vitest";
import { DEFAULT_RESPONSE_TARGETS } from "../conversation/sla.ts";
import { backlogReport } from "./backlog-report.ts";
import { calendarClock } from "./business-hours.ts";
import { callsReport } from "./calls-report.ts";
import { communityReport } from "./community-report.ts";
import { compareFigures } from "./compare-figures.ts";
import { contactsReport } from "./contacts-report.ts";
import { repeatContactsReport, rootCustomer } from "./repeat-contacts-report.ts";
import type { CallFact, Figure } from "./report-facts.ts";
import { reportPeriod } from "./report-period.ts";
import { responseTimesReport } from "./response-times-report.ts";
import { slaReport } from "./sla-report.ts";
import { conversation } from "./report-test-facts.ts";

const value = (figures: readonly Figure[], key: string) => figures.find((f) => f.key === key)?.value;
const ids = (figures: readonly Figure[], key: string) => figures.find((f) => f.key === key)?.conversationIds;
const berlin = "Europe/Berlin";

describe("contacts by channel over time", () => {
  it("counts the 23-hour spring-forward day from local midnight to local midnight", () => {
    const facts = [
      conversation("before", "2026-03-28T22:59:00Z"),
      conversation("first", "2026-03-28T23:00:00Z"),
      conversation("last", "2026-03-29T21:59:00Z", { channel: "phone" }),
      conversation("after", "2026-03-29T22:00:00Z"),
      conversation("ours", "2026-03-29T10:00:00Z", { customerWrote: false }),
    ];
    const figures = contactsReport(facts, reportPeriod("2026-03-29", "2026-03-29", berlin), "day");
    expect(value(figures, "contacts|email|day-0")).toBe(1);
    expect(value(figures, "contacts|phone|day-0")).toBe(1);
    expect(value(figures, "contacts|all|total")).toBe(2);
    expect(ids(figures, "contacts|email|total")).toEqual(["first"]);
  });

  it("puts Sunday night of the fall-back weekend in its own week and Monday's first minute in the next", () => {
    const facts = [
      conversation("sunday", "2026-10-25T22:30:00Z", { channel: "forum" }),
      conversation("monday", "2026-10-25T23:00:00Z", { channel: "forum" }),
    ];
    const figures = contactsReport(facts, reportPeriod("2026-10-19", "2026-11-01", berlin), "week");
    expect(
      figures.filter((f) => f.labels.channel === "forum").map((f) => [f.labels.bucket, f.value]),
    ).toEqual([
      ["2026-10-19", 1],
      ["2026-10-26", 1],
      [undefined, 2],
    ]);
  });

  it("compares each day with the same day of the previous period", () => {
    const current = contactsReport(
      [conversation("now", "2026-05-02T08:00:00Z")],
      reportPeriod("2026-05-01", "2026-05-02", "UTC"),
      "day",
    );
    const previous = contactsReport(
      [conversation("then", "2026-04-30T08:00:00Z"), conversation("then2", "2026-04-30T09:00:00Z")],
      reportPeriod("2026-04-29", "2026-04-30", "UTC"),
      "day",
    );
    const row = compareFigures(current, previous).find((f) => f.key === "contacts|email|day-1");
    expect(row).toMatchObject({ current: 1, previous: 2, labels: { bucket: "2026-05-02" } });
  });
});

describe("first response and resolution time", () => {
  const period = reportPeriod("2026-06-01", "2026-06-30", "UTC");
  const at = (minutes: number) => new Date(Date.parse("2026-06-10T08:00:00Z") + minutes * 60_000);

  it("takes the nearest-rank median and 90th percentile of first responses within the period", () => {
    const facts = [10, 30, 50, 70, 200].map((m, i) =>
      conversation(`c${i}`, "2026-06-10T08:00:00Z", { firstResponseAt: at(m) }),
    );
    facts.push(
      conversation("answered-in-may", "2026-05-30T08:00:00Z", {
        firstResponseAt: new Date("2026-05-31T08:00:00Z"),
      }),
    );
    const figures = responseTimesReport(facts, period, calendarClock());
    expect(value(figures, "firstResponse|count")).toBe(5);
    expect(value(figures, "firstResponse|median")).toBe(50);
    expect(value(figures, "firstResponse|p90")).toBe(200);
    expect(value(figures, "resolution|median")).toBeNull();
  });

  it("measures a reopened conversation to its last resolution, and not while it is open again", () => {
    const facts = [
      // Resolved after 60 minutes, reopened by the customer, resolved again after 300 minutes.
      conversation("reopened-resolved", "2026-06-10T08:00:00Z", { resolvedAt: at(300) }),
      // Resolved once, reopened and open now: resolved_at was cleared.
      conversation("reopened-open", "2026-06-10T08:00:00Z", { resolvedAt: null }),
      conversation("quick", "2026-06-10T08:00:00Z", { resolvedAt: at(20) }),
    ];
    const figures = responseTimesReport(facts, period, calendarClock());
    expect(value(figures, "resolution|count")).toBe(2);
    expect(value(figures, "resolution|median")).toBe(20);
    expect(value(figures, "resolution|p90")).toBe(300);
    expect(ids(figures, "resolution|p90")).toEqual(["quick", "reopened-resolved"]);
  });
});

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

describe("backlog by age", () => {
  it("counts contacts unresolved at the period's end by how long they had been open", () => {
    const end = Date.parse("2026-03-31T22:00:00Z");
    const ago = (hours: number) => new Date(end - hours * 3_600_000).toISOString();
    const facts = [
      conversation("fresh", ago(2)),
      conversation("resolved-later", ago(48), { resolvedAt: new Date(end + 3_600_000) }),
      conversation("old", ago(40 * 24)),
      conversation("resolved-before", ago(5 * 24), { resolvedAt: new Date(end - 3_600_000) }),
      conversation("later", new Date(end + 60_000).toISOString()),
      conversation("outreach", ago(3), { customerWrote: false }),
    ];
    const figures = backlogReport(
      facts,
      reportPeriod("2026-03-01", "2026-03-31", berlin),
      new Date("2026-05-01T00:00:00Z"),
    );
    expect(Object.fromEntries(figures.map((f) => [f.key, f.value]))).toEqual({
      "backlog|under1d": 1,
      "backlog|1to3d": 1,
      "backlog|3to7d": 0,
      "backlog|7to30d": 0,
      "backlog|over30d": 1,
      "backlog|all": 3,
    });
  });
});

describe("SLA share met", () => {
  it("judges first responses against the channel's and priority's target and lists the breaches", () => {
    const now = new Date("2026-06-20T12:00:00Z");
    const facts = [
      conversation("phone-fast", "2026-06-10T08:00:00Z", {
        channel: "phone",
        priority: "urgent",
        firstResponseAt: new Date("2026-06-10T08:10:00Z"),
      }),
      conversation("phone-slow", "2026-06-10T08:00:00Z", {
        channel: "phone",
        priority: "urgent",
        firstResponseAt: new Date("2026-06-10T08:20:00Z"),
      }),
      conversation("mail-unanswered", "2026-06-18T12:00:00Z"),
      conversation("mail-running", "2026-06-20T11:00:00Z"),
    ];
    const { figures, breaches } = slaReport(facts, reportPeriod("2026-06-01", "2026-06-30", "UTC"), {
      targets: DEFAULT_RESPONSE_TARGETS,
      clock: calendarClock(),
      now,
    });
    expect(value(figures, "sla|phone|urgent|share")).toBe(0.5);
    expect(value(figures, "sla|email|normal|breached")).toBe(1);
    expect(value(figures, "sla|all|all|share")).toBeCloseTo(1 / 3);
    expect(breaches.map((b) => [b.conversationId, b.overdueMinutes])).toEqual([
      ["mail-unanswered", 1440],
      ["phone-slow", 5],
    ]);
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

describe("questions the community solved", () => {
  it("splits questions solved within the period by who wrote the answer", () => {
    const facts = [
      conversation("by-customer", "2026-06-01T08:00:00Z", {
        channel: "forum",
        solvedAt: new Date("2026-06-02T08:00:00Z"),
        solvedByCommunity: true,
      }),
      conversation("by-agent", "2026-06-01T08:00:00Z", {
        channel: "forum",
        solvedAt: new Date("2026-06-03T08:00:00Z"),
      }),
      conversation("open", "2026-06-01T08:00:00Z", { channel: "forum" }),
    ];
    const figures = communityReport(facts, reportPeriod("2026-06-01", "2026-06-30", "UTC"));
    expect(value(figures, "community|solvedByCommunity")).toBe(1);
    expect(value(figures, "community|share")).toBe(0.5);
  });
});
