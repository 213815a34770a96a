import { describe, expect, it } from "vitest";
import { dutyKeepsUntil, keptByDuty, retentionCutoffs } from "./retention-rules.ts";
import { DEFAULT_RETENTION_SETTINGS, type RetentionSettings } from "./retention-settings.ts";

const now = new Date("2026-12-04T12:00:00Z");
const letters = { tag: "Handelsbrief", years: 6, reason: "HGB §257" };

describe("retentionCutoffs", () => {
  it("removes nothing until an admin sets a period", () => {
    const cutoffs = retentionCutoffs(DEFAULT_RETENTION_SETTINGS, now);
    expect(Object.values(cutoffs.kinds)).toEqual([null, null, null, null]);
    expect(cutoffs.duties).toEqual([]);
  });

  it("counts each kind's days back from now and each duty's years in whole calendar years", () => {
    const settings: RetentionSettings = {
      rules: { rawInboundEvents: 30, resolvedConversations: 365, callRecordings: null, auditEntries: 730 },
      duties: [letters],
    };
    const cutoffs = retentionCutoffs(settings, now);
    expect(cutoffs.kinds).toEqual({
      rawInboundEvents: new Date("2026-11-04T12:00:00Z"),
      resolvedConversations: new Date("2025-12-04T12:00:00Z"),
      callRecordings: null,
      auditEntries: new Date("2024-12-04T12:00:00Z"),
    });
    expect(cutoffs.duties).toEqual([{ tag: "handelsbrief", keptFrom: new Date("2020-01-01T00:00:00Z") }]);
  });
});

describe("duties to keep", () => {
  it("keep a tagged conversation through the end of the year its last message's year plus the duty ends, whatever the tag's case", () => {
    const conversation = { tags: ["handelsbrief"], lastMessageAt: new Date("2021-03-01T08:00:00Z") };
    expect(dutyKeepsUntil([letters], conversation)).toEqual(new Date("2028-01-01T00:00:00Z"));
    expect(keptByDuty([letters], conversation, new Date("2027-12-31T23:59:59Z"))).toBe(true);
    expect(keptByDuty([letters], conversation, new Date("2028-01-01T00:00:00Z"))).toBe(false);
  });

  it("keep nothing without the tag, and the longest duty wins when several apply", () => {
    const bookings = { tag: "Buchungsbeleg", years: 10, reason: "HGB §257 Abs. 4" };
    const untagged = { tags: ["reklamation"], lastMessageAt: new Date("2026-01-01T00:00:00Z") };
    expect(dutyKeepsUntil([letters, bookings], untagged)).toBeNull();
    expect(keptByDuty([letters, bookings], untagged, now)).toBe(false);
    const both = { tags: ["Handelsbrief", "buchungsbeleg"], lastMessageAt: new Date("2026-01-01T00:00:00Z") };
    expect(dutyKeepsUntil([letters, bookings], both)).toEqual(new Date("2037-01-01T00:00:00Z"));
  });

  it("agree with the cutoff the job uses in SQL", () => {
    const { duties } = retentionCutoffs({ ...DEFAULT_RETENTION_SETTINGS, duties: [letters] }, now);
    const [duty] = duties;
    if (!duty) throw new Error("one duty expected");
    const justKept = { tags: ["Handelsbrief"], lastMessageAt: duty.keptFrom };
    const justFree = { tags: ["Handelsbrief"], lastMessageAt: new Date(duty.keptFrom.getTime() - 1) };
    expect(keptByDuty([letters], justKept, now)).toBe(true);
    expect(keptByDuty([letters], justFree, now)).toBe(false);
  });
});
