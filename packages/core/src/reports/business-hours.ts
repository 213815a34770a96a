import { z } from "zod";
import { addDays, daysBetween, instantAt, localDateOf, weekdayOf, type LocalDate } from "./local-time.ts";

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
    openings.every(
      (b, j) => i === j || a.weekday !== b.weekday || a.closes <= b.opens || b.closes <= a.opens,
    ),
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

/** Milliseconds on the calendar, never negative: around the clock, as when no hours are set. */
export const calendarClock: Clock = (from, to) => Math.max(0, to.getTime() - from.getTime());

/** Days of opening hours worked out on either side of an instant the clock was first asked about. */
const SPAN_DAYS = 92;

/**
 * The desk's open stretches over a run of local days, sorted, with how long it was open before
 * each: open time up to an instant is one lookup of the last stretch opened by then. Overlapping
 * openings of one day count once.
 */
export interface OpenStretches {
  firstDay: LocalDate;
  lastDay: LocalDate;
  /** Local midnight starting `firstDay` and ending `lastDay`, in epoch milliseconds. */
  start: number;
  end: number;
  opens: number[];
  closes: number[];
  openBefore: number[];
}

function openOn(hours: BusinessHours, date: LocalDate): [number, number][] {
  if (hours.holidays.includes(date)) return [];
  const weekday = weekdayOf(date);
  const stretches = hours.openings
    .filter((o) => o.weekday === weekday)
    .map((o): [number, number] => [
      instantAt(date, hours.timeZone, o.opens).getTime(),
      instantAt(date, hours.timeZone, o.closes).getTime(),
    ])
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [opens, closes] of stretches) {
    const last = merged.at(-1);
    if (last && opens <= last[1]) last[1] = Math.max(last[1], closes);
    else merged.push([opens, closes]);
  }
  return merged;
}

/**
 * The desk's opening intervals on a local day as [opens, closes) epoch milliseconds, earliest first,
 * overlaps merged (none on a holiday), remembered per day: one instance serves a whole list.
 */
export function businessHoursOpenings(
  hours: BusinessHours,
): (date: LocalDate) => readonly [number, number][] {
  const days = new Map<LocalDate, [number, number][]>();
  return (date) => {
    let found = days.get(date);
    if (!found) {
      found = openOn(hours, date);
      days.set(date, found);
    }
    return found;
  };
}

export function openStretches(hours: BusinessHours, firstDay: LocalDate, lastDay: LocalDate): OpenStretches {
  const table: OpenStretches = {
    firstDay,
    lastDay,
    start: instantAt(firstDay, hours.timeZone).getTime(),
    end: instantAt(addDays(lastDay, 1), hours.timeZone).getTime(),
    opens: [],
    closes: [],
    openBefore: [],
  };
  let total = 0;
  for (let date = firstDay; date <= lastDay; date = addDays(date, 1)) {
    for (const [opens, closes] of openOn(hours, date)) {
      table.opens.push(opens);
      table.closes.push(closes);
      table.openBefore.push(total);
      total += closes - opens;
    }
  }
  return table;
}

/**
 * Business hours as a clock: open time between two instants. The open stretches of a run of local
 * days are laid out once, so a measurement is two binary searches however many days lie between
 * (a report measures tens of thousands of durations); the run grows when an instant falls outside.
 */
export function businessClock(hours: BusinessHours): Clock {
  const lay = (firstDay: LocalDate, lastDay: LocalDate) => openStretches(hours, firstDay, lastDay);
  let table: OpenStretches | undefined;
  const covering = (at: number): OpenStretches => {
    if (table && at >= table.start && at < table.end) return table;
    const day = localDateOf(new Date(at), hours.timeZone);
    // Growing by at least the run's own length keeps the number of rebuilds logarithmic.
    const margin = table ? Math.max(SPAN_DAYS, daysBetween(table.firstDay, table.lastDay)) : SPAN_DAYS;
    const first = addDays(day, -margin);
    const last = addDays(day, margin);
    table = table
      ? lay(table.firstDay < day ? table.firstDay : first, table.lastDay > day ? table.lastDay : last)
      : lay(first, last);
    return table;
  };
  /** Open time from the table's start to `at`. */
  const openUntil = (t: OpenStretches, at: number): number => {
    let low = 0;
    let high = t.opens.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((t.opens[middle] ?? 0) <= at) low = middle + 1;
      else high = middle;
    }
    const i = low - 1;
    if (i < 0) return 0;
    return (t.openBefore[i] ?? 0) + Math.min(at, t.closes[i] ?? 0) - (t.opens[i] ?? 0);
  };
  return (from, to) => {
    const a = from.getTime();
    const b = to.getTime();
    if (b <= a) return 0;
    covering(a);
    // Growing the run for `b` keeps every day it had, so `a` stays covered.
    const t = covering(b);
    return openUntil(t, b) - openUntil(t, a);
  };
}
