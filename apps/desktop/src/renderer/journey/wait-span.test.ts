import { describe, expect, it } from "vitest";
import { formatWaitSpan } from "./wait-span.ts";

const MINUTE = 60_000;

describe("formatWaitSpan", () => {
  it("keeps the minutes of a wait just over a target of whole hours", () => {
    expect(formatWaitSpan(149 * MINUTE, "en")).toBe("2 hrs 29 mins");
    expect(formatWaitSpan(149 * MINUTE, "de")).toBe("2 Std. 29 Min.");
    expect(formatWaitSpan(120 * MINUTE, "en")).toBe("2 hrs");
  });

  it("counts days and hours for long waits, and at least a minute", () => {
    expect(formatWaitSpan((43 * 60 + 5) * MINUTE, "en")).toBe("1 day 19 hrs");
    expect(formatWaitSpan(10_000, "en")).toBe("1 min");
  });
});
