import { describe, expect, it } from "vitest";
import { contactsReport } from "./contacts-report.ts";
import { conversationFact as fact } from "./conversation-fact-fixture.ts";
import type { Figure } from "./report-facts.ts";
import { reportPeriod } from "./report-period.ts";

const value = (figures: readonly Figure[], key: string) => figures.find((f) => f.key === key)?.value;
const ids = (figures: readonly Figure[], key: string) => figures.find((f) => f.key === key)?.conversationIds;
const berlin = "Europe/Berlin";

describe("contacts by channel over time", () => {
  it("counts the 23-hour spring-forward day from local midnight to local midnight", () => {
    const facts = [
      fact("before", "2026-03-28T22:59:00Z"),
      fact("first", "2026-03-28T23:00:00Z"),
      fact("last", "2026-03-29T21:59:00Z", { channel: "phone" }),
      fact("after", "2026-03-29T22:00:00Z"),
      fact("ours", "2026-03-29T10:00:00Z", { lastInboundAt: null }),
      fact("note", "2026-03-29T10:00:00Z", { channel: "internal" }),
    ];
    const period = reportPeriod("2026-03-29", "2026-03-29", berlin);
    const figures = contactsReport(facts, { period, bucket: "day", filter: {} });
    expect(value(figures, "contacts|email|day-0")).toBe(1);
    expect(value(figures, "contacts|phone|day-0")).toBe(1);
    expect(value(figures, "contacts|all|total")).toBe(2);
    expect(ids(figures, "contacts|all|total")).toEqual(["first", "last"]);
  });

  it("puts Sunday night of the fall-back weekend in its own week and Monday's first minute in the next", () => {
    const facts = [
      // 23:30 on Sunday 25 October in Berlin, an hour after the clocks went back (UTC+1).
      fact("sunday", "2026-10-25T22:30:00Z", { channel: "forum" }),
      fact("monday", "2026-10-25T23:00:00Z", { channel: "forum" }),
    ];
    const period = reportPeriod("2026-10-21", "2026-11-01", berlin);
    const figures = contactsReport(facts, { period, bucket: "week", filter: {} });
    expect(
      figures.filter((f) => f.labels.channel === "forum").map((f) => [f.key, f.labels.bucket, f.value]),
    ).toEqual([
      // The first week starts before the period: labelled by the period's first day.
      ["contacts|forum|week-0", "2026-10-21", 1],
      ["contacts|forum|week-1", "2026-10-26", 1],
      ["contacts|forum|total", undefined, 2],
    ]);
  });

  it("reads the days in the period's zone and counts only the team's contacts", () => {
    const facts = [
      // 23:30 on 1 June in UTC is already 2 June in Berlin.
      fact("late", "2026-06-01T23:30:00Z", { teamId: "blue" }),
      fact("other-team", "2026-06-01T10:00:00Z", { teamId: "red" }),
    ];
    const inBerlin = contactsReport(facts, {
      period: reportPeriod("2026-06-01", "2026-06-02", berlin),
      bucket: "day",
      filter: { teamId: "blue" },
    });
    expect(value(inBerlin, "contacts|email|day-1")).toBe(1);
    expect(value(inBerlin, "contacts|email|day-0")).toBe(0);
    const inUtc = contactsReport(facts, {
      period: reportPeriod("2026-06-01", "2026-06-02", "UTC"),
      bucket: "day",
      filter: { teamId: "blue" },
    });
    expect(value(inUtc, "contacts|email|day-0")).toBe(1);
  });
});
