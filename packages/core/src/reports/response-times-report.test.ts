import { describe, expect, it } from "vitest";
import { businessClock, calendarClock, type BusinessHours } from "./business-hours.ts";
import { conversationFact as fact } from "./conversation-fact-fixture.ts";
import type { Figure } from "./report-facts.ts";
import { reportPeriod } from "./report-period.ts";
import { responseTimesReport } from "./response-times-report.ts";

const value = (figures: readonly Figure[], key: string) => figures.find((f) => f.key === key)?.value;
const ids = (figures: readonly Figure[], key: string) => figures.find((f) => f.key === key)?.conversationIds;
const at = (minutes: number) => new Date(Date.parse("2026-06-10T08:00:00Z") + minutes * 60_000);
const june = reportPeriod("2026-06-01", "2026-06-30", "UTC");
const calendar = { period: june, filter: {}, clock: calendarClock };

const weekdays = (opens: string, closes: string, days = [1, 2, 3, 4, 5]): BusinessHours => ({
  timeZone: "Europe/Berlin",
  openings: days.map((weekday) => ({ weekday, opens, closes })),
  holidays: [],
});

describe("first response and resolution time", () => {
  it("takes the nearest-rank median and 90th percentile of first responses within the period", () => {
    const facts = [
      ...[70, 10, 200, 50, 30].map((m, i) =>
        fact(`c${i}`, "2026-06-10T08:00:00Z", { firstResponseAt: at(m) }),
      ),
      fact("answered-in-may", "2026-05-30T08:00:00Z", { firstResponseAt: new Date("2026-05-31T08:00:00Z") }),
      fact("outreach", "2026-06-10T08:00:00Z", { lastInboundAt: null, firstResponseAt: at(1) }),
    ];
    const figures = responseTimesReport(facts, calendar);
    expect(value(figures, "firstResponse|count")).toBe(5);
    expect(value(figures, "firstResponse|median")).toBe(50);
    expect(value(figures, "firstResponse|p90")).toBe(200);
    expect(ids(figures, "firstResponse|median")).toEqual(["c1", "c4", "c3", "c0", "c2"]);
    expect(value(figures, "resolution|median")).toBeNull();
  });

  it("measures a reopened conversation to its last resolution, and not while it is open again", () => {
    const facts = [
      // Resolved after 60 minutes, reopened by the customer, resolved again after 300 minutes.
      fact("reopened-resolved", "2026-06-10T08:00:00Z", { resolvedAt: at(300) }),
      // Resolved once, reopened and open now: its resolution was cleared.
      fact("reopened-open", "2026-06-10T08:00:00Z"),
      fact("quick", "2026-06-10T08:00:00Z", { resolvedAt: at(20) }),
    ];
    const figures = responseTimesReport(facts, calendar);
    expect(value(figures, "resolution|count")).toBe(2);
    expect(value(figures, "resolution|median")).toBe(20);
    expect(value(figures, "resolution|p90")).toBe(300);
    expect(ids(figures, "resolution|p90")).toEqual(["quick", "reopened-resolved"]);
  });

  it("counts only business hours when the desk set them: Friday 17:30 to Monday 08:30 is an hour", () => {
    // 12 June 2026 is a Friday; Berlin is UTC+2 in summer.
    const facts = [
      fact("weekend", "2026-06-12T15:30:00Z", { firstResponseAt: new Date("2026-06-15T06:30:00Z") }),
    ];
    const clock = businessClock(weekdays("08:00", "18:00"));
    expect(value(responseTimesReport(facts, { ...calendar, clock }), "firstResponse|median")).toBe(60);
    expect(value(responseTimesReport(facts, calendar), "firstResponse|median")).toBe(3780);
  });

  it("counts the 23-hour and the 25-hour day by the desk's wall clock", () => {
    const everyDay = weekdays("08:00", "18:00", [1, 2, 3, 4, 5, 6, 7]);
    const sundays = weekdays("00:00", "23:59", [7]);
    const spring = reportPeriod("2026-03-01", "2026-03-31", "Europe/Berlin");
    const autumn = reportPeriod("2026-10-01", "2026-10-31", "Europe/Berlin");
    // Saturday 17:00 (UTC+1) to Monday 09:00 (UTC+2): 60 + 600 + 60 business minutes.
    const springFacts = [
      fact("spring", "2026-03-28T16:00:00Z", { firstResponseAt: new Date("2026-03-30T07:00:00Z") }),
    ];
    const springClock = businessClock(everyDay);
    expect(
      value(
        responseTimesReport(springFacts, { period: spring, filter: {}, clock: springClock }),
        "firstResponse|median",
      ),
    ).toBe(720);
    // Sunday 00:00 (UTC+2) to Monday 00:00 (UTC+1), open 00:00–23:59: the day has 25 hours.
    const autumnFacts = [
      fact("autumn", "2026-10-24T22:00:00Z", { resolvedAt: new Date("2026-10-25T23:00:00Z") }),
    ];
    const autumnFigures = responseTimesReport(autumnFacts, {
      period: autumn,
      filter: {},
      clock: businessClock(sundays),
    });
    expect(value(autumnFigures, "resolution|median")).toBe(25 * 60 - 1);
  });
});
