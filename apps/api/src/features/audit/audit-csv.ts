import type { AuditEntryView } from "@emma/core";

export type CsvLanguage = "de" | "en";

/** Excel reads a UTF-8 file as UTF-8 only when it starts with the byte order mark. */
export const CSV_BOM = "\uFEFF";

const COLUMNS: Record<CsvLanguage, readonly string[]> = {
  de: [
    "Zeitpunkt (UTC)",
    "Person",
    "Aktion",
    "Kunde",
    "Kunden-ID",
    "Gegenstand",
    "Gegenstands-ID",
    "Details",
    "IP-Adresse",
  ],
  en: [
    "Time (UTC)",
    "Person",
    "Action",
    "Customer",
    "Customer ID",
    "Subject",
    "Subject ID",
    "Details",
    "IP address",
  ],
};

/** German Excel splits columns at semicolons (the comma is its decimal sign), English at commas. */
const SEPARATOR: Record<CsvLanguage, string> = { de: ";", en: "," };

export function csvHeader(language: CsvLanguage): string {
  return csvLine(COLUMNS[language], language);
}

export function csvRow(entry: AuditEntryView, language: CsvLanguage): string {
  return csvLine(
    [
      entry.at,
      entry.actor?.name ?? "Emma",
      entry.action,
      entry.customer?.name ?? "",
      entry.customer?.id ?? "",
      entry.subjectType,
      entry.subjectId ?? "",
      entry.details.map((detail) => `${detail.key}: ${detail.value}`).join("; "),
      entry.ip ?? "",
    ],
    language,
  );
}

function csvLine(fields: readonly string[], language: CsvLanguage): string {
  return `${fields.map((field) => csvField(field, SEPARATOR[language])).join(SEPARATOR[language])}\r\n`;
}

/**
 * RFC 4180 quoting, and a leading apostrophe on text a spreadsheet would run as a formula: names,
 * search words and details come from customers and colleagues (OWASP "CSV injection").
 */
export function csvField(value: string, separator: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return safe.includes('"') || safe.includes(separator) || /[\r\n]/.test(safe)
    ? `"${safe.replaceAll('"', '""')}"`
    : safe;
}
