import type { FigureUnit } from "@emma/core";
import { formatDuration, localeOf } from "../ui/format.ts";

/** What a number with no value shows: a median of nothing, a share of nothing. */
export const NO_VALUE = "–";

/** A figure's value as the console's language writes it: 1.234; 12,5 %; 1 h 05 min; 4:05. */
export function formatFigure(value: number | null, unit: FigureUnit, language: string): string {
  if (value === null) return NO_VALUE;
  const locale = localeOf(language);
  switch (unit) {
    case "count":
      return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);
    case "share":
      return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(value);
    case "minutes":
      return formatMinutes(value);
    case "seconds":
      return formatDuration(value);
    default: {
      const unknown: never = unit;
      throw new Error(`Unknown figure unit ${String(unknown)}`);
    }
  }
}

/** Minutes as "42 min" or "3 h 05 min": response times run from minutes to days. */
function formatMinutes(value: number): string {
  const minutes = Math.round(value);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  return `${hours} h ${String(minutes % 60).padStart(2, "0")} min`;
}

/**
 * How the figure moved since the previous period, signed: counts and durations by the difference in
 * their unit, shares in percentage points (a share's relative change misleads). Nothing to compare:
 * no value.
 */
export function formatChange(
  current: number | null,
  previous: number | null,
  unit: FigureUnit,
  language: string,
): string {
  if (current === null || previous === null) return NO_VALUE;
  const delta = current - previous;
  if (unit === "share") {
    const points = new Intl.NumberFormat(localeOf(language), {
      maximumFractionDigits: 1,
      signDisplay: "exceptZero",
    }).format(delta * 100);
    return language === "en" ? `${points} pts` : `${points} Pkt.`;
  }
  const sign = delta > 0 ? "+" : delta < 0 ? "−" : "±";
  return `${sign}${formatFigure(Math.abs(delta), unit, language)}`;
}
