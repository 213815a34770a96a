import { localeOf } from "../ui/format.ts";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * A wait in two units, "2 Std. 29 Min.", "3 Tg. 4 Std.": set beside its target ("2 Std."), a
 * wait rounded to whole hours would read as if it met the target it missed.
 */
export function formatWaitSpan(ms: number, language: string): string {
  const unit = (value: number, name: "day" | "hour" | "minute") =>
    new Intl.NumberFormat(localeOf(language), { style: "unit", unit: name, unitDisplay: "short" }).format(
      value,
    );
  const minutes = Math.max(1, Math.floor(ms / MINUTE));
  if (ms < HOUR) return unit(minutes, "minute");
  if (ms < DAY) {
    const rest = minutes % 60;
    return rest === 0
      ? unit(Math.floor(ms / HOUR), "hour")
      : `${unit(Math.floor(ms / HOUR), "hour")} ${unit(rest, "minute")}`;
  }
  const hours = Math.floor((ms % DAY) / HOUR);
  const days = unit(Math.floor(ms / DAY), "day");
  return hours === 0 ? days : `${days} ${unit(hours, "hour")}`;
}
