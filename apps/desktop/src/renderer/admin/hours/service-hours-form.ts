import {
  CHANNELS,
  CUSTOMER_CHANNELS,
  PRIORITIES,
  serviceSettingsSchema,
  type Channel,
  type Priority,
  type ServiceSettings,
} from "@emma/core";

export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

export interface OpeningForm {
  weekday: number;
  opens: string;
  closes: string;
}

/** The page's editable copy of the settings: numbers as typed, so a half-typed field is no error yet. */
export interface ServiceHoursForm {
  aroundTheClock: boolean;
  timeZone: string;
  openings: OpeningForm[];
  holidays: string[];
  targets: Record<Channel, Record<Priority, string>>;
}

export type FormProblem =
  | { kind: "noOpenings" }
  | { kind: "closesBeforeOpens"; weekday: number }
  | { kind: "overlap"; weekday: number }
  | { kind: "badZone" }
  | { kind: "badTarget"; channel: Channel; priority: Priority };

/** A desk's usual week, offered when an admin first switches from "around the clock" to hours. */
export const USUAL_WEEK: OpeningForm[] = [1, 2, 3, 4, 5].map((weekday) => ({
  weekday,
  opens: "08:00",
  closes: "18:00",
}));

export function formOf(settings: ServiceSettings, localZone: string): ServiceHoursForm {
  const hours = settings.businessHours;
  return {
    aroundTheClock: hours === null,
    timeZone: hours?.timeZone ?? localZone,
    openings: hours ? hours.openings.map((o) => ({ ...o })) : USUAL_WEEK,
    holidays: hours ? [...hours.holidays].sort() : [],
    targets: Object.fromEntries(
      CHANNELS.map((channel) => [
        channel,
        Object.fromEntries(
          PRIORITIES.map((priority) => [priority, String(settings.responseTargets[channel][priority])]),
        ),
      ]),
    ) as ServiceHoursForm["targets"],
  };
}

function overlaps(a: OpeningForm, b: OpeningForm): boolean {
  return a.opens < b.closes && b.opens < a.closes;
}

/**
 * The settings the form describes, or what is wrong with it in terms the page can put beside the
 * field (the API checks the same with core's schema; this only says it in the admin's language).
 */
export function settingsOf(
  form: ServiceHoursForm,
): { settings: ServiceSettings } | { problems: FormProblem[] } {
  const problems: FormProblem[] = [];
  if (!form.aroundTheClock) {
    if (form.openings.length === 0) problems.push({ kind: "noOpenings" });
    for (const weekday of WEEKDAYS) {
      const day = form.openings.filter((o) => o.weekday === weekday);
      if (day.some((o) => o.closes <= o.opens)) problems.push({ kind: "closesBeforeOpens", weekday });
      else if (day.some((a, i) => day.some((b, j) => i < j && overlaps(a, b))))
        problems.push({ kind: "overlap", weekday });
    }
    if (!isTimeZone(form.timeZone)) problems.push({ kind: "badZone" });
  }
  for (const channel of CUSTOMER_CHANNELS) {
    for (const priority of PRIORITIES) {
      const text = form.targets[channel][priority].trim();
      if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > 30 * 24 * 60)
        problems.push({ kind: "badTarget", channel, priority });
    }
  }
  if (problems.length > 0) return { problems };
  const parsed = serviceSettingsSchema.safeParse({
    businessHours: form.aroundTheClock
      ? null
      : {
          timeZone: form.timeZone,
          openings: [...form.openings].sort(
            (a, b) => a.weekday - b.weekday || a.opens.localeCompare(b.opens),
          ),
          holidays: [...new Set(form.holidays)].sort(),
        },
    responseTargets: Object.fromEntries(
      CHANNELS.map((channel) => [
        channel,
        Object.fromEntries(PRIORITIES.map((priority) => [priority, Number(form.targets[channel][priority])])),
      ]),
    ),
  });
  // What the checks above let through, the schema takes; a miss here is a bug, not the admin's.
  if (!parsed.success)
    throw new Error(`service settings form out of step with the schema: ${parsed.error.message}`);
  return { settings: parsed.data };
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return zone.length > 0;
  } catch {
    return false;
  }
}

/** "90" minutes as "1 Std. 30 Min." / "1 h 30 min", to read a target at a glance. */
export function targetHint(minutesText: string, language: string): string | null {
  if (!/^\d+$/.test(minutesText.trim())) return null;
  const minutes = Number(minutesText);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  const de = language.startsWith("de");
  const parts = [
    days > 0 ? `${String(days)} ${de ? (days === 1 ? "Tag" : "Tage") : days === 1 ? "day" : "days"}` : null,
    hours > 0 ? `${String(hours)} ${de ? "Std." : "h"}` : null,
    rest > 0 ? `${String(rest)} ${de ? "Min." : "min"}` : null,
  ].filter((part) => part !== null);
  return parts.length > 0 ? parts.join(" ") : null;
}
