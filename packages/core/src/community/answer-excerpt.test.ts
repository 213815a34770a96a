import { describe, expect, it } from "vitest";
import { answerExcerpt } from "./answer-excerpt.ts";

describe("answerExcerpt", () => {
  it("keeps a short answer whole, on one line", () => {
    expect(answerExcerpt("Im Banking unter\n\nKarten → Entsperren.")).toBe(
      "Im Banking unter Karten → Entsperren.",
    );
  });

  it("cuts a long answer at a word boundary with an ellipsis, within the limit", () => {
    const excerpt = answerExcerpt("Die Karte lässt sich in der App wieder entsperren", 30);
    expect(excerpt).toBe("Die Karte lässt sich in der…");
    expect(excerpt.length).toBeLessThanOrEqual(30);
  });

  it("cuts one long word where it is", () => {
    expect(answerExcerpt(`https://forum.example/${"x".repeat(50)}`, 20)).toHaveLength(20);
  });
});
