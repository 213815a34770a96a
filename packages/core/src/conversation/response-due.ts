import type { Channel, Priority } from "../channel/channel.ts";
import { businessHoursOpenings, type BusinessHours } from "../reports/business-hours.ts";
import { addDays, localDateOf, type LocalDate } from "../reports/local-time.ts";
import type { ServiceSettings } from "../settings/service-settings.ts";

const MINUTE_MS = 60_000;
/** A desk closed for longer than a year has no due time worth showing. */
const LOOK_DAYS = 400;

/**
 * When `minutes` of service time have passed since `from`: calendar minutes around the clock
 * (`hours` null), else only minutes while the desk is open, so a question sent on Friday evening is
 * due on Monday morning. null: the desk does not open within a year (every day a holiday).
 */
export function dueAfter(hours: BusinessHours | null, from: Date, minutes: number): Date | null {
  return hours === null
    ? new Date(from.getTime() + minutes * MINUTE_MS)
    : dueWithin(hours, businessHoursOpenings(hours), from, minutes);
}

function dueWithin(
  hours: BusinessHours,
  openingsOn: (date: LocalDate) => readonly [number, number][],
  from: Date,
  minutes: number,
): Date | null {
  const start = from.getTime();
  let left = minutes * MINUTE_MS;
  let date = localDateOf(from, hours.timeZone);
  for (let day = 0; day < LOOK_DAYS; day++, date = addDays(date, 1)) {
    for (const [opens, closes] of openingsOn(date)) {
      const begin = Math.max(opens, start);
      if (closes <= begin) continue;
      if (closes - begin >= left) return new Date(begin + left);
      left -= closes - begin;
    }
  }
  return null;
}

/**
 * The latest instant from which `minutes` of service time have passed by `now`: whoever has waited
 * since before it is past the target. Lets a database count breaches with one comparison per
 * channel and priority. Far in the past when the desk was not open that long within a year.
 */
export function waitingBreachedBefore(hours: BusinessHours | null, now: Date, minutes: number): Date {
  const end = now.getTime();
  if (hours === null) return new Date(end - minutes * MINUTE_MS);
  const openingsOn = businessHoursOpenings(hours);
  let left = minutes * MINUTE_MS;
  let date = localDateOf(now, hours.timeZone);
  for (let day = 0; day < LOOK_DAYS; day++, date = addDays(date, -1)) {
    for (const [opens, closes] of [...openingsOn(date)].reverse()) {
      const finish = Math.min(closes, end);
      if (finish <= opens) continue;
      if (finish - opens >= left) return new Date(finish - left);
      left -= finish - opens;
    }
  }
  return new Date(end - LOOK_DAYS * 86_400_000);
}

export interface ResponseClock {
  /** Minutes the customer should wait at most, by the admins' targets. */
  responseTargetMinutes: number;
  /** When the answer is due; null while nobody waits on us (or the desk never opens). */
  responseDueAt: Date | null;
}

/**
 * The response clock of conversations under the desk's settings; one instance per list, so each
 * local day's opening hours are worked out once.
 */
export function responseClock(
  service: ServiceSettings,
): (c: { channel: Channel; priority: Priority; waitingSince: Date | null }) => ResponseClock {
  const hours = service.businessHours;
  const openingsOn = hours === null ? null : businessHoursOpenings(hours);
  return ({ channel, priority, waitingSince }) => {
    const minutes = service.responseTargets[channel][priority];
    if (waitingSince === null) return { responseTargetMinutes: minutes, responseDueAt: null };
    const due =
      hours === null || openingsOn === null
        ? new Date(waitingSince.getTime() + minutes * MINUTE_MS)
        : dueWithin(hours, openingsOn, waitingSince, minutes);
    return { responseTargetMinutes: minutes, responseDueAt: due };
  };
}
