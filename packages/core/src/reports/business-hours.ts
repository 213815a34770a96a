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

function noOverlaps(openings: readonly { weekday: number; opens: string; closes: string }[]): boolean {
  return openings.every((a, i) =>
    openings.every((b, j) => i === j || a.weekday !== b.weekday || a.closes <= b.opens || b.closes <= a.opens),
  );
}

/** When the service desk is staffed; response and resolution clocks only run then. */
export const businessHoursSchema = z.object({
  timeZone: z
    .string()
    .min(1)
    .max(64)
    .refine(isTimeZone, { message: "Unknown time zone" })
    .describe("IANA zone the opening hours are read in"),
  openings: z
    .array(openingSchema)
    .min(1)
    .max(50)
    .refine(noOverlaps, { message: "Opening hours on the same weekday overlap" })
    .describe("Weekly opening hours; a weekday may have several"),
  holidays: z.array(z.iso.date()).max(400).describe("Local dates the desk is closed all day"),
});
export type BusinessHours = z.infer<typeof businessHoursSchema>;

/**
 * Measures time between two instants: on the calendar, or only while the desk is open. One clock
 * serves a whole report, so each local day's opening instants are worked out once.
 */
export type Clock = (from: Date, to: Date) => number;

/**
 * The desk's opening intervals on a local day as [opens, closes) epoch milliseconds, earliest first
 * (none on a holiday), remembered per day: one instance serves a whole report or list.
 */
export function businessHoursOpenings(hours: BusinessHours): (date: LocalDate) => readonly [number, number][] {
  const holidays = new Set(hours.holidays);
  const days = new Map<LocalDate, [number, number][]>();
  return (date) => {
    let found = days.get(date);
    if (!found) {
      const weekday = weekdayOf(date);
      found = holidays.has(date)
        ? []
        : hours.openings
            .filter((o) => o.weekday === weekday)
            .map((o): [number, number] => [
              instantAt(date, hours.timeZone, o.opens).getTime(),
              instantAt(date, hours.timeZone, o.closes).getTime(),
            ])
            .sort((a, b) => a[0] - b[0]);
      days.set(date, found);
    }
    return found;
  };
}

export function businessClock(hours: BusinessHours): Clock {
  const openOn = businessHoursOpenings(hours);
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
