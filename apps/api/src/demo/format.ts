import type { Locale } from "./types.ts";

// Formatting by hand instead of Intl: ICU versions differ in spaces and symbols, and the demo must be
// byte-identical wherever it runs.

const MONTHS: Readonly<Record<Locale, readonly string[]>> = {
  de: [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
  ],
  en: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
};

function groupThousands(value: number, separator: string): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** 124990 → "1.249,90 €" (de) or "€1,249.90" (en). */
export function formatEuro(cents: number, locale: Locale): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(Math.round(cents));
  const euros = Math.floor(abs / 100);
  const rest = String(abs % 100).padStart(2, "0");
  return locale === "de"
    ? `${sign}${groupThousands(euros, ".")},${rest} €`
    : `${sign}€${groupThousands(euros, ",")}.${rest}`;
}

/** "14.03.2025" (de) or "14 March 2025" (en), in UTC. */
export function formatDate(ms: number, locale: Locale): string {
  const date = new Date(ms);
  const day = date.getUTCDate();
  if (locale === "en") return `${day} ${monthName(ms, locale)} ${date.getUTCFullYear()}`;
  return `${String(day).padStart(2, "0")}.${String(date.getUTCMonth() + 1).padStart(2, "0")}.${date.getUTCFullYear()}`;
}

export function monthName(ms: number, locale: Locale): string {
  return MONTHS[locale][new Date(ms).getUTCMonth()] ?? "";
}

/** "2025-03-14" */
export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
