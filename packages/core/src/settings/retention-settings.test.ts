import { describe, expect, it } from "vitest";
import { DEFAULT_RETENTION_SETTINGS, retentionSettingsSchema } from "./retention-settings.ts";

describe("retentionSettingsSchema", () => {
  it("keeps everything until an admin decides", () => {
    expect(retentionSettingsSchema.parse(DEFAULT_RETENTION_SETTINGS)).toEqual(DEFAULT_RETENTION_SETTINGS);
  });

  it("refuses raw events kept shorter than a provider may still retry and audit shorter than a year", () => {
    const rules = { ...DEFAULT_RETENTION_SETTINGS.rules, rawInboundEvents: 7 };
    expect(retentionSettingsSchema.safeParse({ rules, duties: [] }).success).toBe(false);
    const audit = { ...DEFAULT_RETENTION_SETTINGS.rules, auditEntries: 90 };
    expect(retentionSettingsSchema.safeParse({ rules: audit, duties: [] }).success).toBe(false);
    const fine = { rawInboundEvents: 30, resolvedConversations: 730, callRecordings: 90, auditEntries: 365 };
    expect(retentionSettingsSchema.safeParse({ rules: fine, duties: [] }).success).toBe(true);
  });

  it("refuses two duties on one tag, whatever its case", () => {
    const duties = [
      { tag: "Handelsbrief", years: 6, reason: "HGB §257 (1) 2" },
      { tag: "handelsbrief", years: 10, reason: "AO §147" },
    ];
    const parsed = retentionSettingsSchema.safeParse({ rules: DEFAULT_RETENTION_SETTINGS.rules, duties });
    expect(parsed.success).toBe(false);
  });
});
