import { describe, expect, it } from "vitest";
import { journeyTicks } from "./journey-ticks.ts";

const range = { from: new Date("2026-03-01T00:00:00Z"), to: new Date("2026-03-31T00:00:00Z") };

describe("journeyTicks", () => {
  it("names both ends of the range and spaces the rest evenly", () => {
    const ticks = journeyTicks(range, 420);
    expect(ticks.map((d) => d.toISOString().slice(0, 10))).toEqual([
      "2026-03-01",
      "2026-03-11",
      "2026-03-21",
      "2026-03-31",
    ]);
  });

  it("keeps the two ends however narrow the drawing", () => {
    expect(journeyTicks(range, 10)).toEqual([range.from, range.to]);
  });
});
