import { DEFAULT_SERVICE_SETTINGS } from "@emma/core";
import { describe, expect, it } from "vitest";
import { formOf, settingsOf, targetHint } from "./service-hours-form.ts";

describe("the service hours form", () => {
  it("starts from around the clock with the usual week ready to switch on", () => {
    const form = formOf(DEFAULT_SERVICE_SETTINGS, "Europe/Berlin");
    expect(form.aroundTheClock).toBe(true);
    expect(form.openings.map((o) => o.weekday)).toEqual([1, 2, 3, 4, 5]);
    expect(settingsOf(form)).toEqual({ settings: DEFAULT_SERVICE_SETTINGS });
  });

  it("gives back opening hours sorted by day and time, holidays once each", () => {
    const form = {
      ...formOf(DEFAULT_SERVICE_SETTINGS, "Europe/Berlin"),
      aroundTheClock: false,
      openings: [
        { weekday: 2, opens: "13:00", closes: "17:00" },
        { weekday: 1, opens: "08:00", closes: "12:00" },
        { weekday: 2, opens: "08:00", closes: "12:00" },
      ],
      holidays: ["2026-12-25", "2026-12-24", "2026-12-25"],
    };
    const result = settingsOf(form);
    expect(result).toMatchObject({
      settings: {
        businessHours: {
          timeZone: "Europe/Berlin",
          openings: [
            { weekday: 1, opens: "08:00" },
            { weekday: 2, opens: "08:00" },
            { weekday: 2, opens: "13:00" },
          ],
          holidays: ["2026-12-24", "2026-12-25"],
        },
      },
    });
  });

  it("names the day that closes before it opens or overlaps, and the target that is no whole minute", () => {
    const form = formOf(DEFAULT_SERVICE_SETTINGS, "Europe/Berlin");
    const result = settingsOf({
      ...form,
      aroundTheClock: false,
      openings: [
        { weekday: 1, opens: "18:00", closes: "08:00" },
        { weekday: 3, opens: "08:00", closes: "12:00" },
        { weekday: 3, opens: "11:00", closes: "15:00" },
      ],
      targets: { ...form.targets, email: { ...form.targets.email, high: "1,5" } },
    });
    expect(result).toEqual({
      problems: [
        { kind: "closesBeforeOpens", weekday: 1 },
        { kind: "overlap", weekday: 3 },
        { kind: "badTarget", channel: "email", priority: "high" },
      ],
    });
  });

  it("reads a target in words", () => {
    expect(targetHint("90", "de")).toBe("1 Std. 30 Min.");
    expect(targetHint("1440", "en")).toBe("1 day");
    expect(targetHint("abc", "de")).toBeNull();
  });
});
