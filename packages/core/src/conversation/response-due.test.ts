import { describe, expect, it } from "vitest";
import type { BusinessHours } from "../reports/business-hours.ts";
import { DEFAULT_SERVICE_SETTINGS } from "../settings/service-settings.ts";
import { dueAfter, responseClock, waitingBreachedBefore } from "./response-due.ts";

/** Monday to Friday 08:00–18:00 in Berlin, closed on Christmas Eve. */
const office: BusinessHours = {
  timeZone: "Europe/Berlin",
  openings: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: "08:00", closes: "18:00" })),
  holidays: ["2026-12-24"],
};
const berlin = (local: string, offset = "+01:00") => new Date(`${local}${offset}`);

describe("dueAfter", () => {
  it("counts calendar minutes when the desk is open around the clock", () => {
    expect(dueAfter(null, berlin("2026-12-04T17:30:00"), 60)).toEqual(berlin("2026-12-04T18:30:00"));
  });

  it("carries what is left on Friday evening into Monday morning", () => {
    // Friday 17:30: 30 minutes on Friday, the other 30 from Monday 08:00.
    expect(dueAfter(office, berlin("2026-12-04T17:30:00"), 60)).toEqual(berlin("2026-12-07T08:30:00"));
  });

  it("starts the clock at opening for a message written at night", () => {
    expect(dueAfter(office, berlin("2026-12-08T02:00:00"), 90)).toEqual(berlin("2026-12-08T09:30:00"));
  });

  it("skips a holiday", () => {
    // Wednesday 23 December 17:00: one hour that day, then Thursday 24th is closed.
    expect(dueAfter(office, berlin("2026-12-23T17:00:00"), 120)).toEqual(berlin("2026-12-25T09:00:00"));
  });

  it("keeps to the local opening hours across the change to summer time", () => {
    // Friday 27 March 2026 17:00 CET, Sunday 29th clocks go forward: Monday 08:00 is CEST (+02:00).
    expect(dueAfter(office, berlin("2026-03-27T17:00:00"), 120)).toEqual(
      berlin("2026-03-30T09:00:00", "+02:00"),
    );
  });

  it("splits a day with a lunch break", () => {
    const split: BusinessHours = {
      timeZone: "Europe/Berlin",
      openings: [
        { weekday: 1, opens: "13:00", closes: "17:00" },
        { weekday: 1, opens: "08:00", closes: "12:00" },
      ],
      holidays: [],
    };
    expect(dueAfter(split, berlin("2026-12-07T11:00:00"), 120)).toEqual(berlin("2026-12-07T14:00:00"));
  });

  it("is never when the desk does not open within a year", () => {
    const closed = { ...office, openings: [{ weekday: 1, opens: "08:00", closes: "09:00" }], holidays: [] };
    const mondays = Array.from({ length: 60 }, (_, week) =>
      new Date(Date.UTC(2026, 11, 7 + week * 7)).toISOString().slice(0, 10),
    );
    expect(dueAfter({ ...closed, holidays: mondays }, berlin("2026-12-05T10:00:00"), 60)).toBeNull();
  });
});

describe("waitingBreachedBefore", () => {
  it("is the instant whose due time is now, so waits since before it are late", () => {
    const now = berlin("2026-12-07T08:30:00");
    const threshold = waitingBreachedBefore(office, now, 60);
    expect(threshold).toEqual(berlin("2026-12-04T17:30:00"));
    expect(dueAfter(office, threshold, 60)).toEqual(now);
    expect(waitingBreachedBefore(null, now, 60)).toEqual(berlin("2026-12-07T07:30:00"));
  });
});

describe("responseClock", () => {
  it("gives the admins' target and the due time by the desk's hours; none while nobody waits", () => {
    const clock = responseClock({ ...DEFAULT_SERVICE_SETTINGS, businessHours: office });
    const friday = berlin("2026-12-04T17:30:00");
    expect(clock({ channel: "phone", priority: "normal", waitingSince: friday })).toEqual({
      responseTargetMinutes: 60,
      responseDueAt: berlin("2026-12-07T08:30:00"),
    });
    expect(clock({ channel: "phone", priority: "normal", waitingSince: null })).toEqual({
      responseTargetMinutes: 60,
      responseDueAt: null,
    });
  });
});
