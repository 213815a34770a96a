import { describe, expect, it } from "vitest";
import { matcherEvaluationSchema, mayAutoMergeFrom, type MatcherEvaluation } from "./evaluated-precision.ts";

function evaluation(rows: [threshold: number, precision: number, suggested?: number][]): MatcherEvaluation {
  return {
    measuredAt: "2026-12-05T04:00:00.000Z",
    pairs: 12_000,
    thresholds: rows.map(([threshold, precision, suggested = 3000]) => ({
      threshold,
      precision,
      recall: 0.9,
      suggested,
    })),
  };
}

describe("mayAutoMergeFrom", () => {
  it("allows no threshold while the matcher has no evaluation", () => {
    expect(mayAutoMergeFrom(0.99, null)).toBe(false);
    expect(mayAutoMergeFrom(1, null)).toBe(false);
  });

  it("allows no threshold below the lowest one evaluated, however precise that was", () => {
    expect(mayAutoMergeFrom(0.85, evaluation([[0.9, 1]]))).toBe(false);
  });

  it("allows the evaluated threshold that reached 0.999, and any threshold above it", () => {
    const measured = evaluation([
      [0.5, 0.97],
      [0.9, 0.999],
    ]);
    expect(mayAutoMergeFrom(0.9, measured)).toBe(true);
    expect(mayAutoMergeFrom(0.95, measured)).toBe(true);
    expect(mayAutoMergeFrom(0.8, measured)).toBe(false);
  });

  it("refuses a threshold whose evaluation measured 0.998", () => {
    const measured = evaluation([[0.9, 0.998]]);
    expect(mayAutoMergeFrom(0.9, measured)).toBe(false);
    expect(mayAutoMergeFrom(0.95, measured)).toBe(false);
  });

  it("judges a threshold by the nearest evaluated one at or below it, not by a higher one", () => {
    const measured = evaluation([
      [0.9, 0.995],
      [0.99, 0.9995],
    ]);
    expect(mayAutoMergeFrom(0.95, measured)).toBe(false);
    expect(mayAutoMergeFrom(0.99, measured)).toBe(true);
  });
});

describe("mayAutoMergeFrom, over few suggestions", () => {
  it("does not trust a perfect precision measured on too few suggestions to show 0.999", () => {
    expect(mayAutoMergeFrom(0.99, evaluation([[0.99, 1, 4]]))).toBe(false);
    expect(mayAutoMergeFrom(0.99, evaluation([[0.99, 1, 1000]]))).toBe(true);
  });
});

describe("the stored evaluation", () => {
  it("rejects figures outside 0–1, as a hand-edited file might have", () => {
    const edited = {
      ...evaluation([[0.9, 0.999]]),
      thresholds: [{ threshold: 0.9, precision: 99.9, recall: 0.5, suggested: 3000 }],
    };
    expect(matcherEvaluationSchema.safeParse(edited).success).toBe(false);
  });
});
