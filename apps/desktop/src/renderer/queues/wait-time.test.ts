import { describe, expect, it } from "vitest";
import { formatSpan } from "./wait-time.ts";

const minutes = (n: number) => n * 60_000;

describe("formatSpan", () => {
  it("says minutes, then hours, then days from the second day on", () => {
    expect(formatSpan(minutes(0.2), "de")).toBe("1 Min.");
    expect(formatSpan(minutes(42), "de")).toBe("42 Min.");
    expect(formatSpan(minutes(3 * 60 + 59), "de")).toBe("3 Std.");
    expect(formatSpan(minutes(47 * 60), "de")).toBe("47 Std.");
    expect(formatSpan(minutes(3 * 24 * 60), "de")).toBe("3 Tg.");
  });

  it("speaks English too", () => {
    expect(formatSpan(minutes(3 * 60), "en")).toBe("3 hrs");
    expect(formatSpan(minutes(5), "en")).toBe("5 mins");
  });
});
