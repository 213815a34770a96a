import { describe, expect, it } from "vitest";
import { formatBytes, formatDuration, formatListTime, formatMoney, formatShortDateTime } from "./format.ts";

describe("format", () => {
  it("formats money per locale", () => {
    expect(formatMoney(123456, "EUR", "de")).toBe("1.234,56\u00a0€");
    expect(formatMoney(123456, "EUR", "en")).toBe("€1,234.56");
  });

  it("formats call durations", () => {
    expect(formatDuration(5)).toBe("0:05");
    expect(formatDuration(125)).toBe("2:05");
    expect(formatDuration(3725)).toBe("1:02:05");
  });

  it("shows only the time for today and the date for older items", () => {
    const now = new Date(2025, 5, 10, 15, 0);
    expect(formatListTime(new Date(2025, 5, 10, 9, 5).toISOString(), "de", now)).toBe("09:05");
    expect(formatListTime(new Date(2024, 0, 2, 9, 5).toISOString(), "de", now)).toBe("02.01.24");
  });

  it("shows day, month and time without the year for snooze times", () => {
    const iso = new Date(2025, 10, 24, 9, 0).toISOString();
    expect(formatShortDateTime(iso, "de")).toBe("24.11., 09:00");
    expect(formatShortDateTime(iso, "en")).toBe("24/11, 09:00");
  });
});

describe("formatBytes", () => {
  it("reads like a file size in each language", () => {
    expect(formatBytes(512, "en")).toBe("512 byte");
    expect(formatBytes(12_300, "en")).toBe("12.3 kB");
    expect(formatBytes(3_400_000, "de")).toBe("3,4 MB");
  });
});
