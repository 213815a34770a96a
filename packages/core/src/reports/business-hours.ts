import { z } from "zod";
import { addDays, instantAt, localDateOf, weekdayOf, type LocalDate } from "./local-time.ts";

const clockSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
  .describe("A wall-clock time, HH:MM (24 hours)");

export const openingSchema = z
  .object({
    weekday: z.number().int().min(1).max(7).describe("ISO weekday: 1 Monday … 7 Sunday"),
    opens: clockSchema,
    closes: clockSchema,
  })
  .refine((o) => o.opens < o.closes, { message: "Closing time must be after opening time" });

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** When the service desk is staffed; response and resolution clocks only run then. */
export const businessHoursSchema = z.object({
  timeZone: z
    .string()
    .min(1)
    .max(64)
    .refine(isTimeZone, { message: "Unknown time zone" })
    .describe("IANA zone the opening hours are read in"),
  openings: z.array(openingSchema).max(50).describe("Weekly opening hours; a weekday may have several"),
  holidays: z.array(z.iso.date()).max(400).describe("Local dates the desk is closed all day"),
});
export type BusinessHours = z.infer<typeof businessHoursSchema>;

/**
 * Measures time between two instants: on the calendar, or only while the desk is open. One clock
 * serves a whole report, so each local day's opening instants are worked out once.
 */
export type Clock = (from: Date, to: Date) => number;

/** Milliseconds on the calendar, never negative: around the clock, as when no hours are set. */
export const calendarClock: Clock = (from, to) => Math.max(0, to.getTime() - from.getTime());

export function businessClock(hours: BusinessHours): Clock {
  const holidays = new Set(hours.holidays);
  const days = new Map<LocalDate, [number, number][]>();
  const openOn = (date: LocalDate): [number, number][] => {
    let found = days.get(date);
    if (!found) {
      const weekday = weekdayOf(date);
      found = holidays.has(date)
        ? []
        : hours.openings
            .filter((o) => o.weekday === weekday)
            .map((o) => [
              instantAt(date, hours.timeZone, o.opens).getTime(),
              instantAt(date, hours.timeZone, o.closes).getTime(),
            ]);
      days.set(date, found);
    }
    return found;
  };
  return (from, to) => {
    const a = from.getTime();
    const b = to.getTime();
    if (b <= a) return 0;
    let total = 0;
    const last = localDateOf(to, hours.timeZone);
    for (let date = localDateOf(from, hours.timeZone); date <= last; date = addDays(date, 1)) {
      for (const [opens, closes] of openOn(date)) {
        total += Math.max(0, Math.min(b, closes) - Math.max(a, opens));
      }
    }
    return total;
  };
}
