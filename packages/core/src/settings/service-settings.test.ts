import { describe, expect, it } from "vitest";
import { DEFAULT_SERVICE_SETTINGS, serviceSettingsSchema } from "./service-settings.ts";

describe("service settings", () => {
  it("take the defaults as valid settings", () => {
    expect(serviceSettingsSchema.parse(DEFAULT_SERVICE_SETTINGS)).toEqual(DEFAULT_SERVICE_SETTINGS);
  });

  it("refuse a target of no time, a fraction of a minute and a channel left out", () => {
    const targets = DEFAULT_SERVICE_SETTINGS.responseTargets;
    const withEmail = (email: Record<string, number>) => ({
      businessHours: null,
      responseTargets: { ...targets, email },
    });
    expect(serviceSettingsSchema.safeParse(withEmail({ ...targets.email, urgent: 0 })).success).toBe(false);
    expect(serviceSettingsSchema.safeParse(withEmail({ ...targets.email, low: 1.5 })).success).toBe(false);
    const { forum: _forum, ...withoutForum } = targets;
    expect(
      serviceSettingsSchema.safeParse({ businessHours: null, responseTargets: withoutForum }).success,
    ).toBe(false);
  });

  it("read opening hours in a real time zone only", () => {
    const hours = {
      timeZone: "Europe/Berlin",
      openings: [{ weekday: 1, opens: "08:00", closes: "18:00" }],
      holidays: [],
    };
    const settings = { ...DEFAULT_SERVICE_SETTINGS, businessHours: hours };
    expect(serviceSettingsSchema.safeParse(settings).success).toBe(true);
    const elsewhere = { ...settings, businessHours: { ...hours, timeZone: "Europe/Atlantis" } };
    expect(serviceSettingsSchema.safeParse(elsewhere).success).toBe(false);
  });
});
