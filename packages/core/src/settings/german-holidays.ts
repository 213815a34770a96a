import { addDays, type LocalDate } from "../reports/local-time.ts";

/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, "Meeus/Jones/Butcher"). */
export function easterSunday(year: number): LocalDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${String(year)}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * The nine public holidays every German state keeps, for an admin to take over in one step; a
 * state's own (Fronleichnam, Reformationstag …) are added by hand, as only the desk knows which apply.
 */
export function germanNationalHolidays(year: number): LocalDate[] {
  const easter = easterSunday(year);
  const fixed = (monthDay: string) => `${String(year)}-${monthDay}`;
  return [
    fixed("01-01"),
    addDays(easter, -2),
    addDays(easter, 1),
    fixed("05-01"),
    addDays(easter, 39),
    addDays(easter, 50),
    fixed("10-03"),
    fixed("12-25"),
    fixed("12-26"),
  ].sort();
}
