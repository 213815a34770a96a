/** The soonest a failing mailbox is tried again, however short its poll interval. */
const FIRST_RETRY_MS = 30_000;
/** The longest wait between two tries: a fixed server is picked up within half an hour. */
const LONGEST_WAIT_MS = 30 * 60_000;

/**
 * How long a connector that failed `failures` times in a row (poll, watch or login) waits before
 * the next try: its poll interval (at least 30 s), doubled after each further failure, at most
 * 30 minutes (or the interval, if that is longer). A wrong password thereby costs the mail server
 * a few logins an hour instead of one every few seconds, which also keeps the provider from
 * locking the account for suspected password guessing.
 */
export function pollRetryDelayMs(failures: number, pollIntervalMs: number): number {
  const first = Math.max(pollIntervalMs, FIRST_RETRY_MS);
  const longest = Math.max(pollIntervalMs, LONGEST_WAIT_MS);
  const exponent = Math.min(Math.max(0, failures - 1), 30);
  return Math.min(longest, first * 2 ** exponent);
}
