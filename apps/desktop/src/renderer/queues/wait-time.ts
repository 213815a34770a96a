import { localeOf } from "../ui/format.ts";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * A span as agents say it at a glance, in whole units: "12 Min.", "3 Std.", "2 Tg." (de), "12 mins",
 * "3 hrs", "2 days" (en); under a minute counts as one.
 */
export function formatSpan(ms: number, language: string): string {
  const [value, unit] =
    ms >= 2 * DAY
      ? [Math.floor(ms / DAY), "day"]
      : ms >= HOUR
        ? [Math.floor(ms / HOUR), "hour"]
        : [Math.max(1, Math.floor(ms / MINUTE)), "minute"];
  return new Intl.NumberFormat(localeOf(language), { style: "unit", unit, unitDisplay: "short" }).format(
    value,
  );
}
