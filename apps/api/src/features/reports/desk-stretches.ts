import { addDays, localDateOf, openStretches, type BusinessHours, type OpenStretches } from "@emma/core";

/** The desk's open stretches over the local days from `from` to `to`, a day to spare on each side. */
export function deskStretches(hours: BusinessHours, from: Date, to: Date): OpenStretches {
  return openStretches(
    hours,
    addDays(localDateOf(from, hours.timeZone), -1),
    addDays(localDateOf(to, hours.timeZone), 1),
  );
}
