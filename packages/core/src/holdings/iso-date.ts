// Its own module, without the CSV parser: the console reads dates too, and csv-parse needs Node's Buffer.
/** "01.03.2024" (German) or "2024-03-01"; anything else is kept for the contract to refuse. */
export function isoDate(text: string): string {
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  if (!german) return text;
  const [, day = "", month = "", year = ""] = german;
  return `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
}
