import { describe, expect, it } from "vitest";
import { DEFAULT_RESPONSE_TARGETS } from "../conversation/sla.ts";
import { businessClock, calendarClock } from "./business-hours.ts";
import { conversationFact as fact } from "./conversation-fact-fixture.ts";
import type { Figure } from "./report-facts.ts";
import { reportPeriod } from "./report-period.ts";
import { slaBreachList, slaReport, type SlaProps } from "./sla-report.ts";

const value = (figures: readonly Figure[], key: string) => figures.find((f) => f.key === key)?.value;
const ids = (figures: readonly Figure[], key: string) => figures.find((f) => f.key === key)?.conversationIds;
const june: SlaProps = {
  period: reportPeriod("2026-06-01", "2026-06-30", "UTC"),
  targets: DEFAULT_RESPONSE_TARGETS,
  now: new Date("2026-06-20T12:00:00Z"),
  filter: {},
  clock: calendarClock,
};

describe("SLA share met", () => {
  const facts = [
    // Urgent calls: 15 minutes.
    fact("phone-fast", "2026-06-10T08:00:00Z", {
      channel: "phone",
      priority: "urgent",
      firstResponseAt: new Date("2026-06-10T08:10:00Z"),
    }),
    fact("phone-slow", "2026-06-10T08:00:00Z", {
      channel: "phone",
      priority: "urgent",
      firstResponseAt: new Date("2026-06-10T08:20:00Z"),
    }),
    // E-mail: a day. Unanswered for two days at `now`, and one still within its day.
    fact("mail-unanswered", "2026-06-18T12:00:00Z"),
    fact("mail-running", "2026-06-20T11:00:00Z"),
  ];

  it("judges first responses against the channel's and priority's target and lists the breaches", () => {
    const figures = slaReport(facts, june);
    expect(value(figures, "sla|phone|urgent|share")).toBe(0.5);
    expect(value(figures, "sla|email|normal|breached")).toBe(1);
    expect(value(figures, "sla|email|normal|met")).toBe(0);
    expect(value(figures, "sla|all|all|share")).toBeCloseTo(1 / 3);
    expect(ids(figures, "sla|all|all|share")).toEqual(["phone-slow", "mail-unanswered", "phone-fast"]);
    expect(value(figures, "sla|forum|all|share")).toBeNull();
    expect(
      slaBreachList(facts, { ...june, limit: 100 }).map((b) => [b.conversationId, b.overdueMinutes]),
    ).toEqual([
      ["mail-unanswered", 1440],
      ["phone-slow", 5],
    ]);
  });

  it("uses the targets the admins set", () => {
    const targets = { ...DEFAULT_RESPONSE_TARGETS, phone: { ...DEFAULT_RESPONSE_TARGETS.phone, urgent: 30 } };
    expect(value(slaReport(facts, { ...june, targets }), "sla|phone|urgent|share")).toBe(1);
  });

  it("runs the clock only in business hours when the desk set them", () => {
    const hours = {
      timeZone: "Europe/Berlin",
      openings: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: "08:00", closes: "18:00" })),
      holidays: ["2026-06-15"],
    };
    // Friday 17:30 to Tuesday 09:00 in Berlin, Monday a holiday: 30 + 60 business minutes.
    const weekend = [
      fact("weekend", "2026-06-12T15:30:00Z", { firstResponseAt: new Date("2026-06-16T07:00:00Z") }),
    ];
    const business = { ...june, clock: businessClock(hours) };
    expect(value(slaReport(weekend, business), "sla|email|normal|met")).toBe(1);
    expect(value(slaReport(weekend, june), "sla|email|normal|breached")).toBe(1);
    expect(slaBreachList(weekend, { ...june, limit: 100 })[0]?.overdueMinutes).toBe(5250 - 1440);
  });

  it("lists at most as many breaches as asked, furthest past the target first", () => {
    const late = [1, 2, 3].map((hours) =>
      fact(`late-${hours}`, "2026-06-10T08:00:00Z", {
        channel: "phone",
        firstResponseAt: new Date(Date.parse("2026-06-10T09:00:00Z") + hours * 3_600_000),
      }),
    );
    expect(slaBreachList(late, { ...june, limit: 2 }).map((b) => b.conversationId)).toEqual([
      "late-3",
      "late-2",
    ]);
  });
});
