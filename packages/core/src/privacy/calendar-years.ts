/**
 * `years` calendar years after `from`, in UTC: 2020-03-15 + 6 is 2026-03-15. A start on 29 February
 * ends on 28 February when the end year has no 29th (BGB §188(3): a period whose last month lacks
 * the day ends on that month's last day), never spilling into March.
 */
export function addCalendarYears(from: Date, years: number): Date {
  const year = from.getUTCFullYear() + years;
  const month = from.getUTCMonth();
  const lastDayOfMonth = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const end = new Date(from.getTime());
  end.setUTCFullYear(year, month, Math.min(from.getUTCDate(), lastDayOfMonth));
  return end;
}
