/** One row of the shown report's table, cells as shown. */
export type CsvRow = readonly string[];

/** What a spreadsheet in the console's language opens without asking: `;` where the comma is decimal. */
export function csvSeparator(language: string): ";" | "," {
  return language === "en" ? "," : ";";
}

function cell(text: string, separator: string): string {
  return text.includes(separator) || /["\r\n]/.test(text) || text.startsWith(" ")
    ? `"${text.replaceAll('"', '""')}"`
    : text;
}

/**
 * The shown report as CSV: a header row, then its rows, CRLF line ends, and a UTF-8 byte-order mark
 * so that Excel reads "Telefon → E-Mail" and umlauts as written.
 */
export function reportCsv(header: CsvRow, rows: readonly CsvRow[], language: string): string {
  const separator = csvSeparator(language);
  const lines = [header, ...rows].map((row) => row.map((text) => cell(text, separator)).join(separator));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
