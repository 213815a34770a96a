import { DEFAULT_SERVICE_SETTINGS, type ServiceSettings } from "@emma/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, memoryLogger, type TestApp } from "../../test/test-app.ts";

const log = memoryLogger();
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ log });
});
afterAll(() => t.close());

const hours: ServiceSettings = {
  businessHours: {
    timeZone: "Europe/Berlin",
    openings: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: "08:00", closes: "18:00" })),
    holidays: ["2026-12-24", "2026-12-25"],
  },
  responseTargets: {
    ...DEFAULT_SERVICE_SETTINGS.responseTargets,
    email: { urgent: 60, high: 240, normal: 480, low: 960 },
  },
};

describe("service settings", () => {
  it("are the defaults until an admin saves them, then what the admin saved, with who and when", async () => {
    const admin = t.caller("admin");
    const before = await admin.settings.service();
    expect(before).toMatchObject({ ...DEFAULT_SERVICE_SETTINGS, updatedAt: null, updatedBy: null });

    await admin.settings.saveService(hours);
    const after = await admin.settings.service();
    expect(after.businessHours).toEqual(hours.businessHours);
    expect(after.responseTargets.email).toEqual({ urgent: 60, high: 240, normal: 480, low: 960 });
    expect(after.updatedAt).not.toBeNull();
    expect(after.updatedBy).not.toBeNull();
  });

  it("audit each save with what was there before", async () => {
    const admin = t.caller("admin");
    await admin.settings.saveService(DEFAULT_SERVICE_SETTINGS);
    const entry = await t.database.db
      .selectFrom("audit_log")
      .select(["details"])
      .where("action", "=", "settings.updated")
      .orderBy("at", "desc")
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    expect(entry.details).toMatchObject({ setting: "service", after: { businessHours: null } });
    expect(entry.details.before).toMatchObject({ businessHours: { timeZone: "Europe/Berlin" } });
  });

  it("refuse opening hours that close before they open, in the admin's words", async () => {
    const admin = t.caller("admin");
    const bad = {
      ...hours,
      businessHours: {
        timeZone: "Europe/Berlin",
        holidays: [],
        openings: [{ weekday: 1, opens: "18:00", closes: "08:00" }],
      },
    };
    await expect(admin.settings.saveService(bad)).rejects.toThrow(/Closing time must be after opening time/);
  });

  it("fall back to the defaults, logged, when the stored value no longer parses", async () => {
    await t.database.db
      .updateTable("service_settings")
      .set({ value: JSON.stringify({ businessHours: "always" }) })
      .where("key", "=", "service")
      .execute();
    const admin = t.caller("admin");
    expect(await admin.settings.service()).toMatchObject({ ...DEFAULT_SERVICE_SETTINGS, updatedAt: null });
    const errors = log.lines.filter((line) => line.level === "error").map((line) => line.message);
    expect(errors).toContain("stored service settings do not parse; the defaults apply");
  });
});
