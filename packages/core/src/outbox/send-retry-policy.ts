/** After this many failed attempts a reply is `failed` until an agent retries it. */
export const MAX_SEND_ATTEMPTS = 8;
const FIRST_RETRY_MS = 30_000;
const LONGEST_WAIT_MS = 60 * 60_000;

/**
 * Exponential backoff with a cap: 30 s, 1 min, 2 min … at most an hour between tries, so a provider
 * outage of a few hours is ridden out within MAX_SEND_ATTEMPTS. `jitter` in [0, 1) spreads retries
 * of many replies that failed together (one outage) so they do not all return at once; ±20 %.
 */
export function retryDelayMs(failedAttempts: number, jitter: number): number {
  const exponent = Math.max(0, failedAttempts - 1);
  const base = Math.min(LONGEST_WAIT_MS, FIRST_RETRY_MS * 2 ** exponent);
  return Math.round(base * (0.8 + 0.4 * Math.min(Math.max(jitter, 0), 0.999_999)));
}

export type SendVerdict = { next: "sent" } | { next: "retry"; delayMs: number } | { next: "failed" };

/**
 * What becomes of a reply after an attempt: sent, tried again later, or failed for good. A provider
 * that named when to come back (a rate limit's reset) is asked again then, not by our backoff.
 */
export function afterSendAttempt(
  outcome: { ok: true } | { ok: false; permanent: boolean; retryAfter?: Date | undefined },
  attempts: number,
  jitter: number,
  now: Date = new Date(0),
): SendVerdict {
  if (outcome.ok) return { next: "sent" };
  if (outcome.permanent || attempts >= MAX_SEND_ATTEMPTS) return { next: "failed" };
  if (outcome.retryAfter)
    return { next: "retry", delayMs: Math.max(0, outcome.retryAfter.getTime() - now.getTime()) };
  return { next: "retry", delayMs: retryDelayMs(attempts, jitter) };
}
