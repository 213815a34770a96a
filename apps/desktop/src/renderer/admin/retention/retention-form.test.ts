import { DEFAULT_RETENTION_SETTINGS } from "@emma/core";
import { describe, expect, it } from "vitest";
import { retentionFormOf, retentionSettingsOf } from "./retention-form.ts";

describe("the retention form", () => {
  it("starts from keeping everything, with a year ready when a kind is switched to days", () => {
    const form = retentionFormOf(DEFAULT_RETENTION_SETTINGS);
    expect(form.rules.resolvedConversations).toEqual({ forever: true, days: "365" });
    expect(form.rules.auditEntries).toEqual({ forever: true, days: "365" });
    expect(retentionSettingsOf(form)).toEqual({ settings: DEFAULT_RETENTION_SETTINGS });
  });

  it("refuses fewer days than a kind's minimum and marks that kind", () => {
    const form = retentionFormOf(DEFAULT_RETENTION_SETTINGS);
    form.rules.auditEntries = { forever: false, days: "90" };
    form.rules.callRecordings = { forever: false, days: "7" };
    expect(retentionSettingsOf(form)).toEqual({ problems: [{ kind: "badDays", rule: "auditEntries" }] });
  });

  it("gives back duties trimmed, and marks an incomplete duty and a tag given twice", () => {
    const form = retentionFormOf(DEFAULT_RETENTION_SETTINGS);
    form.duties = [{ tag: " Handelsbrief ", years: "6", reason: "HGB §257" }];
    expect(retentionSettingsOf(form)).toMatchObject({
      settings: { duties: [{ tag: "Handelsbrief", years: 6, reason: "HGB §257" }] },
    });
    form.duties.push(
      { tag: "handelsbrief", years: "10", reason: "doppelt" },
      { tag: "Beleg", years: "", reason: "" },
    );
    expect(retentionSettingsOf(form)).toEqual({
      problems: [
        { kind: "sameTag", index: 1 },
        { kind: "badDuty", index: 2 },
      ],
    });
  });
});
