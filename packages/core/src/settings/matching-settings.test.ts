import { describe, expect, it } from "vitest";
import type { MatcherEvaluation } from "../matching/evaluated-precision.ts";
import { matchingSettingsRefusal, matchingSettingsSchema } from "./matching-settings.ts";

const evaluation: MatcherEvaluation = {
  measuredAt: "2026-12-01",
  pairs: 5000,
  thresholds: [
    { threshold: 0.9, precision: 0.99, recall: 0.8, suggested: 3000 },
    { threshold: 0.97, precision: 0.9995, recall: 0.6, suggested: 2000 },
  ],
};

describe("matching settings", () => {
  it("always allows automatic merging to stay off", () => {
    expect(matchingSettingsRefusal({ autoMergeFromScore: null }, null)).toBeNull();
  });

  it("refuses a threshold without an evaluation, and one the evaluation does not back", () => {
    expect(matchingSettingsRefusal({ autoMergeFromScore: 0.99 }, null)).toMatch(/not backed/);
    expect(matchingSettingsRefusal({ autoMergeFromScore: 0.95 }, evaluation)).toMatch(/0\.95/);
  });

  it("allows a threshold at or above one measured at 0.999 precision", () => {
    expect(matchingSettingsRefusal({ autoMergeFromScore: 0.97 }, evaluation)).toBeNull();
    expect(matchingSettingsRefusal({ autoMergeFromScore: 0.99 }, evaluation)).toBeNull();
  });

  it("refuses thresholds below the suggestion score", () => {
    expect(matchingSettingsSchema.safeParse({ autoMergeFromScore: 0.2 }).success).toBe(false);
  });
});
