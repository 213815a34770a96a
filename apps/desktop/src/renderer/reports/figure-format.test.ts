import { describe, expect, it } from "vitest";
import { formatChange, formatFigure } from "./figure-format.ts";

describe("figures as the console writes them", () => {
  it("writes counts, shares and durations per language", () => {
    expect(formatFigure(1234, "count", "de")).toBe("1.234");
    expect(formatFigure(1234, "count", "en")).toBe("1,234");
    expect(formatFigure(0.125, "share", "de")).toBe("12,5\u00a0%");
    expect(formatFigure(0.125, "share", "en")).toBe("12.5%");
    expect(formatFigure(42.4, "minutes", "de")).toBe("42 min");
    expect(formatFigure(185, "minutes", "en")).toBe("3 h 05 min");
    expect(formatFigure(245, "seconds", "de")).toBe("4:05");
    expect(formatFigure(null, "minutes", "de")).toBe("–");
  });

  it("says the change in the figure's unit, shares in points", () => {
    expect(formatChange(12, 9, "count", "de")).toBe("+3");
    expect(formatChange(9, 12, "count", "de")).toBe("−3");
    expect(formatChange(5, 5, "count", "de")).toBe("±0");
    expect(formatChange(0.25, 0.1, "share", "de")).toBe("+15 Pkt.");
    expect(formatChange(0.1, 0.25, "share", "en")).toBe("-15 pts");
    expect(formatChange(30, 90, "minutes", "en")).toBe("−1 h 00 min");
    expect(formatChange(null, 3, "count", "de")).toBe("–");
  });
});
