import { describe, expect, it } from "vitest";
import { isSuggestedPair, likenessReasonOf } from "./likeness-reason.ts";
import { SUGGEST_FROM_SCORE } from "./match-thresholds.ts";

const birthDate = { kind: "birth-date", same: true, weight: 5 } as const;

describe("a likeness as a suggestion", () => {
  it("is put before an agent from the threshold on, and only with evidence to show", () => {
    expect(isSuggestedPair({ score: SUGGEST_FROM_SCORE, evidence: [birthDate] })).toBe(true);
    expect(isSuggestedPair({ score: SUGGEST_FROM_SCORE - 0.01, evidence: [birthDate] })).toBe(false);
    expect(isSuggestedPair({ score: 0.9, evidence: [] })).toBe(false);
  });

  it("names its two customers in the order suggestions store them, whichever was checked", () => {
    const pair = { score: 0.8, evidence: [birthDate] };
    expect(likenessReasonOf("c-b", "c-a", pair)).toEqual({
      code: "likeness",
      score: 0.8,
      evidence: [birthDate],
      customerIds: ["c-a", "c-b"],
    });
    expect(likenessReasonOf("c-a", "c-b", pair)).toEqual(likenessReasonOf("c-b", "c-a", pair));
  });
});
