/** Intl formatting per console language; de-DE and en-GB keep day-month order for a European desk. */
export type FormatLanguage = "de" | "en";

const LOCALES: Record<FormatLanguage, string> = { de: "de-DE", en: "en-GB" };

export function localeOf(language: string): string {
  return language === "en" ? LOCALES.en : LOCALES.de;
}

export function formatDateTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(localeOf(language), { dateStyle: "medium", timeStyle: "short" }).format(
    new Date(iso),
  );
}

export function formatDate(iso: string, language: string): string {
  return new Intl.DateTimeFormat(localeOf(language), { dateStyle: "medium" }).format(new Date(iso));
}

/** Day, month and time without the year, for near dates in tight places: "24.11., 09:00". */
export function formatShortDateTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(localeOf(language), {
    day: "2-digit",
    month: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  }).format(new Date(iso));
}

/** For lists: the time for today, day and month this year, the full date before that. */
export function formatListTime(iso: string, language: string, now: Date = new Date()): string {
  const date = new Date(iso);
  const locale = localeOf(language);
  if (date.toDateString() === now.toDateString()) {
    return new Intl.DateTimeFormat(locale, { hour: "2-digit", minute: "2-digit" }).format(date);
  }
  if (date.getFullYear() === now.getFullYear()) {
    return new Intl.DateTimeFormat(locale, { day: "numeric", month: "short" }).format(date);
  }
  return new Intl.DateTimeFormat(locale, { dateStyle: "short" }).format(date);
}

/** Call talk time as m:ss or h:mm:ss. */
export function formatDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${s}` : `${m}:${s}`;
}

/** Money kept in minor units (cents) by the system of record. */
export function formatMoney(minor: number, currency: string, language: string): string {
  return new Intl.NumberFormat(localeOf(language), { style: "currency", currency }).format(minor / 100);
}

export function formatCount(count: number, language: string): string {
  return new Intl.NumberFormat(localeOf(language)).format(count);
}

/** File sizes as people read them: "12 kB", "3,4 MB". */
export function formatBytes(bytes: number, language: string): string {
  const [value, unit] =
    bytes >= 1_000_000
      ? [bytes / 1_000_000, "megabyte"]
      : bytes >= 1000
        ? [bytes / 1000, "kilobyte"]
        : [bytes, "byte"];
  return new Intl.NumberFormat(localeOf(language), { style: "unit", unit, maximumFractionDigits: 1 }).format(
    value,
  );
}
