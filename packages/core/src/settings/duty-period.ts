/**
 * Duties to keep run in whole calendar years that begin at the end of the year the letter was sent
 * or received (HGB §257(5), AO §147(4)): a conversation last written in March 2020 under a 6-year
 * duty is kept through 31 December 2026. Years turn at midnight UTC, an hour off the German New
 * Year, which no duty of years is the worse for.
 */

/** The first moment the duty no longer keeps a conversation whose last message was at `lastMessageAt`. */
export function dutyEndsAt(lastMessageAt: Date, years: number): Date {
  return new Date(Date.UTC(lastMessageAt.getUTCFullYear() + years + 1, 0, 1));
}

/** The earliest last message a duty of `years` still keeps at `now`: everything from then on stays. */
export function dutyKeepsFrom(now: Date, years: number): Date {
  return new Date(Date.UTC(now.getUTCFullYear() - years, 0, 1));
}
