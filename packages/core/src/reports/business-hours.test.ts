import { describe, expect, it } from "vitest";
import { businessClock, calendarClock, type BusinessHours } from "./business-hours.ts";
import { addDays, instantAt, localDateOf, weekdayOf } from "./local-time.ts";

const MINUTE = 60_000;
const desk: BusinessHours = {
  timeZone: "Europe/Berlin",
  openings: [
    ...[1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: "08:00", closes: "18:00" })),
    { weekday: 6, opens: "09:00", closes: "12:00" },
    { weekday: 6, opens: "13:00", closes: "15:30" },
    { weekday: 7, opens: "01:30", closes: "03:30" },
  ],
  holidays: ["2026-04-03", "2026-04-06", "2026-12-24"],
};

/** The plain definition, day by day: each local day's openings that overlap the interval. */
function walkedDays(hours: BusinessHours, from: Date, to: Date): number {
  let total = 0;
  const last = localDateOf(to, hours.timeZone);
  for (let date = localDateOf(from, hours.timeZone); date <= last; date = addDays(date, 1)) {
    if (hours.holidays.includes(date)) continue;
    for (const o of hours.openings.filter((o) => o.weekday === weekdayOf(date))) {
      const opens = instantAt(date, hours.timeZone, o.opens).getTime();
      const closes = instantAt(date, hours.timeZone, o.closes).getTime();
      total += Math.max(0, Math.min(to.getTime(), closes) - Math.max(from.getTime(), opens));
    }
  }
  return total;
}

describe("business hours as a clock", () => {
  it("counts only open time: Friday 17:30 to Monday 08:30 is an hour when the weekend is closed", () => {
    const clock = businessClock({ ...desk, openings: desk.openings.filter((o) => o.weekday <= 5) });
    // 12 June 2026 is a Friday; Berlin is UTC+2 in summer.
    expect(clock(new Date("2026-06-12T15:30:00Z"), new Date("2026-06-15T06:30:00Z"))).toBe(60 * MINUTE);
  });

  it("skips holidays and counts an hour lost or won to the clock change as the wall clock does", () => {
    const clock = businessClock(desk);
    // Thursday 2 April 17:00 to Tuesday 7 April 09:00: Good Friday and Easter Monday closed.
    const easter = clock(new Date("2026-04-02T15:00:00Z"), new Date("2026-04-07T07:00:00Z"));
    expect(easter).toBe((60 + 180 + 150 + 120 + 60) * MINUTE);
    // Saturday 13:00 to 15:30, then Sunday 29 March 01:30–03:30 on the wall clock: 02:00–03:00 never happens.
    const spring = clock(new Date("2026-03-28T12:00:00Z"), new Date("2026-03-30T00:00:00Z"));
    expect(spring).toBe((150 + 60) * MINUTE);
    // Sunday 25 October: 02:00–03:00 happens twice.
    const autumn = clock(new Date("2026-10-24T20:00:00Z"), new Date("2026-10-25T12:00:00Z"));
    expect(autumn).toBe(180 * MINUTE);
  });

  it("counts overlapping openings of one day once", () => {
    const clock = businessClock({
      timeZone: "UTC",
      openings: [
        { weekday: 1, opens: "08:00", closes: "12:00" },
        { weekday: 1, opens: "10:00", closes: "14:00" },
      ],
      holidays: [],
    });
    expect(clock(new Date("2026-06-15T00:00:00Z"), new Date("2026-06-16T00:00:00Z"))).toBe(360 * MINUTE);
  });

  it("agrees with walking the days on any interval, years apart or backwards included", () => {
    const clock = businessClock(desk);
    let seed = 7;
    const next = () => {
      seed = (seed * 16_807) % 2_147_483_647;
      return seed / 2_147_483_647;
    };
    const start = Date.parse("2025-06-01T00:00:00Z");
    for (let i = 0; i < 400; i++) {
      const from = new Date(start + Math.floor(next() * 700 * 86_400_000));
      const to = new Date(
        from.getTime() + Math.floor((next() - 0.1) * (i % 20 === 0 ? 400 : 12) * 86_400_000),
      );
      expect(clock(from, to), `${from.toISOString()} → ${to.toISOString()}`).toBe(
        to > from ? walkedDays(desk, from, to) : 0,
      );
    }
  });

  it("counts every millisecond on the calendar, and none backwards", () => {
    expect(calendarClock(new Date(0), new Date(90_000))).toBe(90_000);
    expect(calendarClock(new Date(90_000), new Date(0))).toBe(0);
  });
});
