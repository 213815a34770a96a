import { describe, expect, it } from "vitest";
import { businessClock } from "./business-hours.ts";
import { instantAt, localDateOf } from "./local-time.ts";
import { reportPeriods } from "./report-period.ts";

const berlin = "Europe/Berlin";

describe("local days in a time zone", () => {
  it("makes the spring-forward day in Berlin 23 hours long", () => {
    const { current, previous } = reportPeriods({ from: "2026-03-29", to: "2026-03-29", timeZone: berlin });
    expect(current.start.toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(current.end.toISOString()).toBe("2026-03-29T22:00:00.000Z");
    expect(previous.from).toBe("2026-03-28");
    expect(previous.end.toISOString()).toBe("2026-03-28T23:00:00.000Z");
  });

  it("makes the fall-back day in Berlin 25 hours long", () => {
    const { current } = reportPeriods({ from: "2026-10-25", to: "2026-10-25", timeZone: berlin });
    expect(current.end.getTime() - current.start.getTime()).toBe(25 * 3_600_000);
  });

  it("compares a range with the same number of days right before it", () => {
    const { previous } = reportPeriods({ from: "2026-03-01", to: "2026-03-31", timeZone: berlin });
    expect([previous.from, previous.to]).toEqual(["2026-01-29", "2026-02-28"]);
  });

  it("reads an instant's day on the zone's clock", () => {
    expect(localDateOf(new Date("2026-10-25T22:30:00Z"), berlin)).toBe("2026-10-25");
    expect(localDateOf(new Date("2026-10-25T23:00:00Z"), berlin)).toBe("2026-10-26");
    expect(localDateOf(new Date("2026-10-25T23:00:00Z"), "America/New_York")).toBe("2026-10-25");
    expect(instantAt("2026-03-30", berlin, "09:00").toISOString()).toBe("2026-03-30T07:00:00.000Z");
  });
});

describe("business hours", () => {
  const clock = businessClock({
    timeZone: berlin,
    openings: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: "09:00", closes: "17:00" })),
    holidays: ["2026-12-25"],
  });
  const minutes = (from: string, to: string) => clock(new Date(from), new Date(to)) / 60_000;

  it("counts only open hours, skipping the weekend and a holiday", () => {
    // Thu 24 Dec 16:00 → Mon 28 Dec 10:00 local: one hour on Thursday, one on Monday.
    expect(minutes("2026-12-24T15:00:00Z", "2026-12-28T09:00:00Z")).toBe(120);
  });

  it("opens at 09:00 on the clock across the spring change", () => {
    // Fri 27 Mar 16:00 CET → Mon 30 Mar 09:30 CEST: 60 + 30 minutes.
    expect(minutes("2026-03-27T15:00:00Z", "2026-03-30T07:30:00Z")).toBe(90);
  });

  it("counts nothing while closed", () => {
    expect(minutes("2026-03-28T10:00:00Z", "2026-03-29T20:00:00Z")).toBe(0);
  });
});
