/**
 * X's rate-limit headers: requests left in the window and when it resets (epoch seconds).
 * https://docs.x.com/x-api/fundamentals/rate-limits
 */
export interface XRateLimit {
  remaining: number | undefined;
  resetAt: Date | undefined;
}

export function xRateLimitOf(headers: Headers): XRateLimit {
  const remaining = integerOf(headers.get("x-rate-limit-remaining"));
  const reset = integerOf(headers.get("x-rate-limit-reset"));
  return { remaining, resetAt: reset === undefined ? undefined : new Date(reset * 1000) };
}

/** When to come back after a 429: the reset X named, else a minute (X always names one, but be safe). */
export function retryAtOf(limit: XRateLimit, now: Date = new Date()): Date {
  return limit.resetAt && limit.resetAt > now ? limit.resetAt : new Date(now.getTime() + 60_000);
}

function integerOf(text: string | null): number | undefined {
  if (text === null || !/^\d{1,15}$/.test(text.trim())) return undefined;
  return Number(text.trim());
}
