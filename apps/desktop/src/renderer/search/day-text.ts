/**
 * Calendar days as agents type them: "24.12.2025", "24.12.25", "24.12." (this year), "2025-12-24",
 * and in English also "24/12/2025". Days are kept as "YYYY-MM-DD" and written back the way the
 * console's language writes dates (de: 24.12.2025, en: 24/12/2025).
 */
export type ParsedDay = { ok: true; day: string } | { ok: false };

const DOTTED = /^(\d{1,2})[./](\d{1,2})[./]?(\d{2}|\d{4})?$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

export function parseDay(text: string, thisYear: number): ParsedDay {
  const trimmed = text.trim();
  const iso = ISO.exec(trimmed);
  if (iso) return dayOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dotted = DOTTED.exec(trimmed);
  if (!dotted) return { ok: false };
  const yearText = dotted[3];
  const year =
    yearText === undefined ? thisYear : yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
  return dayOf(year, Number(dotted[2]), Number(dotted[1]));
}

/** "2025-12-24" as the console's language writes it. */
export function formatDay(day: string, language: string): string {
  const iso = ISO.exec(day);
  if (!iso) return day;
  const [, year = "", month = "", date = ""] = iso;
  const dd = date.padStart(2, "0");
  const mm = month.padStart(2, "0");
  return language === "en" ? `${dd}/${mm}/${year}` : `${dd}.${mm}.${year}`;
}

function dayOf(year: number, month: number, date: number): ParsedDay {
  // Date rolls 31.02. over into March; a day that does not exist is refused instead.
  const check = new Date(Date.UTC(year, month - 1, date));
  if (
    year < 1900 ||
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== date
  )
    return { ok: false };
  return {
    ok: true,
    day: `${String(year)}-${String(month).padStart(2, "0")}-${String(date).padStart(2, "0")}`,
  };
}
