import { describe, expect, it } from "vitest";
import { MAX_SEND_ATTEMPTS, afterSendAttempt, retryDelayMs } from "./send-retry-policy.ts";

describe("send retry policy", () => {
  it("doubles the wait after each failure, up to an hour", () => {
    expect(retryDelayMs(1, 0.5)).toBe(30_000);
    expect(retryDelayMs(2, 0.5)).toBe(60_000);
    expect(retryDelayMs(3, 0.5)).toBe(120_000);
    expect(retryDelayMs(20, 0.5)).toBe(3_600_000);
  });

  it("spreads retries by at most a fifth either way", () => {
    expect(retryDelayMs(1, 0)).toBe(24_000);
    expect(retryDelayMs(1, 0.999_999)).toBeLessThanOrEqual(36_000);
    expect(retryDelayMs(1, 7)).toBeLessThanOrEqual(36_000);
  });

  it("never retries a permanent refusal and stops after the last attempt", () => {
    expect(afterSendAttempt({ ok: false, permanent: true }, 1, 0.5)).toEqual({ next: "failed" });
    expect(afterSendAttempt({ ok: false, permanent: false }, MAX_SEND_ATTEMPTS, 0.5)).toEqual({
      next: "failed",
    });
    expect(afterSendAttempt({ ok: false, permanent: false }, 2, 0.5)).toEqual({
      next: "retry",
      delayMs: 60_000,
    });
    expect(afterSendAttempt({ ok: true }, 3, 0.5)).toEqual({ next: "sent" });
  });

  it("comes back when the provider said, not by the backoff", () => {
    const now = new Date("2026-12-03T10:00:00Z");
    const reset = new Date("2026-12-03T10:15:00Z");
    expect(afterSendAttempt({ ok: false, permanent: false, retryAfter: reset }, 1, 0.5, now)).toEqual({
      next: "retry",
      delayMs: 15 * 60_000,
    });
    expect(afterSendAttempt({ ok: false, permanent: true, retryAfter: reset }, 1, 0.5, now)).toEqual({
      next: "failed",
    });
  });
});
