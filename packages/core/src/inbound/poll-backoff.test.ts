import { describe, expect, it } from "vitest";
import { pollRetryDelayMs } from "./poll-backoff.ts";

describe("poll backoff", () => {
  it("waits the poll interval after a failure, then twice as long after each further one", () => {
    expect([1, 2, 3, 4].map((failures) => pollRetryDelayMs(failures, 60_000))).toEqual([
      60_000, 120_000, 240_000, 480_000,
    ]);
  });

  it("never retries sooner than 30 s, however short the interval", () => {
    expect(pollRetryDelayMs(1, 10_000)).toBe(30_000);
    expect(pollRetryDelayMs(0, 10_000)).toBe(30_000);
  });

  it("is capped at half an hour, or at an interval longer than that", () => {
    expect(pollRetryDelayMs(7, 60_000)).toBe(30 * 60_000);
    expect(pollRetryDelayMs(1_000, 60_000)).toBe(30 * 60_000);
    expect(pollRetryDelayMs(3, 3_600_000)).toBe(3_600_000);
  });
});
