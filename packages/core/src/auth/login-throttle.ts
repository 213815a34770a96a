import { z } from "zod";

/**
 * How sign-in guessing is slowed without locking the real user out (OWASP's authentication cheat
 * sheet: delays over lockouts, limits per source, a known device exempt from the account's delay).
 */
export const LOGIN_THROTTLE = {
  /** Failures in a row an account gets before any delay. */
  freeFailures: 3,
  /** The first delay; each further failure doubles it. */
  firstDelayMs: 1_000,
  /** The delay never grows beyond this: an attacker keeps the account slow, never closed. */
  maxDelayMs: 5 * 60_000,
  /** Failures older than this no longer count against the account. */
  accountMemoryMs: 24 * 60 * 60_000,
  /** Failed sign-ins one source address may make in `addressWindowMs`, whatever the accounts. */
  addressMaxFailures: 20,
  addressWindowMs: 10 * 60_000,
  /** Failed sign-ins the whole installation takes in `overallWindowMs` before unknown addresses wait. */
  overallMaxFailures: 200,
  overallWindowMs: 60_000,
} as const;

export const LOGIN_REFUSAL_REASONS = ["account-delay", "address-limit", "overall-limit"] as const;
export const loginRefusalReasonSchema = z
  .enum(LOGIN_REFUSAL_REASONS)
  .describe(
    "account-delay: recent wrong passwords for this account; address-limit: too many failures from this address; overall-limit: too many failures everywhere",
  );
export type LoginRefusalReason = z.infer<typeof loginRefusalReasonSchema>;

/** What a refused sign-in tells the console, which words it in its own language. */
export const loginRefusalSchema = z.object({
  reason: loginRefusalReasonSchema,
  retryAfterSeconds: z.number().int().positive().describe("Seconds until a sign-in is taken again"),
});
export type LoginRefusal = z.infer<typeof loginRefusalSchema>;

/** What the database knows about recent sign-ins that concern one attempt. */
export interface LoginThrottleState {
  /** Failures in a row for the account since its last success or an admin lifting the delay. */
  accountFailures: number;
  lastAccountFailureAt: Date | null;
  /** This address signed in to this account successfully before: its user is not delayed. */
  knownAddress: boolean;
  /** Failure times from this address within its window, newest first (at most the limit). */
  addressFailures: readonly Date[];
  /** Failure times everywhere within the overall window, newest first (at most the limit). */
  overallFailures: readonly Date[];
}

/** The wait an account has after `failures` failures in a row. */
export function accountDelayMs(failures: number): number {
  if (failures < LOGIN_THROTTLE.freeFailures) return 0;
  const doublings = failures - LOGIN_THROTTLE.freeFailures;
  // 2 ** 30 would overflow the cap long before; stop doubling once past it.
  return Math.min(LOGIN_THROTTLE.maxDelayMs, LOGIN_THROTTLE.firstDelayMs * 2 ** Math.min(doublings, 20));
}

/** When a window holding `times` (newest first) has room again, or null if it has room now. */
function windowOpensAt(times: readonly Date[], max: number, windowMs: number, now: Date): number | null {
  if (times.length < max) return null;
  const oldestCounted = times[max - 1];
  if (oldestCounted === undefined) return null;
  const opensAt = oldestCounted.getTime() + windowMs;
  return opensAt > now.getTime() ? opensAt : null;
}

function refusal(reason: LoginRefusalReason, at: number, now: Date): LoginRefusal {
  return { reason, retryAfterSeconds: Math.max(1, Math.ceil((at - now.getTime()) / 1000)) };
}

/**
 * Whether a sign-in attempt may check its password now. The address limit applies to everyone; a
 * known address is exempt from the account's delay and the overall limit, so an attacker elsewhere
 * cannot keep the real user out.
 */
export function checkLoginThrottle(state: LoginThrottleState, now: Date): LoginRefusal | null {
  const address = windowOpensAt(
    state.addressFailures,
    LOGIN_THROTTLE.addressMaxFailures,
    LOGIN_THROTTLE.addressWindowMs,
    now,
  );
  if (address !== null) return refusal("address-limit", address, now);
  if (state.knownAddress) return null;
  const overall = windowOpensAt(
    state.overallFailures,
    LOGIN_THROTTLE.overallMaxFailures,
    LOGIN_THROTTLE.overallWindowMs,
    now,
  );
  if (overall !== null) return refusal("overall-limit", overall, now);
  if (state.lastAccountFailureAt === null) return null;
  const accountOpensAt = state.lastAccountFailureAt.getTime() + accountDelayMs(state.accountFailures);
  return accountOpensAt > now.getTime() ? refusal("account-delay", accountOpensAt, now) : null;
}
