/**
 * Calendar days in a time zone, without a date library: Intl knows every zone's rules (DST
 * included), so a local day is found by formatting an instant there, and a local midnight by
 * correcting a UTC guess with the zone's offset. A local date is "YYYY-MM-DD".
 */
export type LocalDate = string;

const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let found = formatters.get(timeZone);
  if (!found) {
    found = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, found);
  }
  return found;
}

/** The wall-clock reading at `at` in the zone, as if it were UTC (milliseconds). */
function wallClockMs(at: Date, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(at)) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  const { year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = parts;
  return Date.UTC(year, month - 1, day, hour, minute, second);
}

const QUARTER_HOUR = 900_000;
const offsets = new Map<string, number>();

/**
 * How far the zone's clocks are ahead of UTC at `at`. Zones change their offset only on a quarter
 * hour, so one answer per quarter hour is cached: a report reads tens of thousands of instants, and
 * asking Intl for each costs more than the report's SQL.
 */
function offsetMs(at: Date, timeZone: string): number {
  const slot = Math.floor(at.getTime() / QUARTER_HOUR);
  const key = `${timeZone}|${slot}`;
  let found = offsets.get(key);
  if (found === undefined) {
    const start = new Date(slot * QUARTER_HOUR);
    found = wallClockMs(start, timeZone) - start.getTime();
    if (offsets.size > 100_000) offsets.clear();
    offsets.set(key, found);
  }
  return found;
}

export function localDateOf(at: Date, timeZone: string): LocalDate {
  return new Date(at.getTime() + offsetMs(at, timeZone)).toISOString().slice(0, 10);
}

/** The instant the zone's clocks show `time` ("HH:MM", default midnight) on `date`. */
export function instantAt(date: LocalDate, timeZone: string, time = "00:00"): Date {
  const guess = Date.parse(`${date}T${time}:00Z`);
  const first = guess - offsetMs(new Date(guess), timeZone);
  // Near a clock change the offset at the guess may not be the offset at the answer: ask again.
  const second = guess - offsetMs(new Date(first), timeZone);
  return new Date(second);
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** ISO weekday: 1 Monday … 7 Sunday. */
export function weekdayOf(date: LocalDate): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The Monday on or before `date`: weeks in reports start on Monday, as in Germany. */
export function weekStartOf(date: LocalDate): LocalDate {
  return addDays(date, 1 - weekdayOf(date));
}
