const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
// RFC 5322 §4.3 obsolete zones; any other letters "SHOULD be considered equivalent to -0000".
const ZONES: Readonly<Record<string, number>> = {
  ut: 0,
  gmt: 0,
  z: 0,
  utc: 0,
  edt: -4,
  est: -5,
  cdt: -5,
  cst: -6,
  mdt: -6,
  mst: -7,
  pdt: -7,
  pst: -8,
};
const RFC5322 =
  /^\s*(?:[a-z]+\s*,?\s*)?(\d{1,2})\s*[-\s]\s*([a-z]{3})[a-z]*\.?\s*[-\s]\s*(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(\S+)?/i;
const ISO = /^\s*\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})\s*$/i;

/**
 * A Date header's instant (RFC 5322 with its obsolete forms), or undefined when it cannot be read.
 * Never falls back to the clock or the local time zone, so a stored mail always parses the same.
 */
export function parseMailDate(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  // Obsolete syntax allows comments and spaces inside the time: "09(comment): 55 : 06".
  const cleaned = value.replace(/\([^()]*\)/g, " ").replace(/\s*:\s*/g, ":");
  const match = RFC5322.exec(cleaned);
  if (!match) return ISO.test(cleaned) ? validDate(Date.parse(cleaned.trim().replace(" ", "T"))) : undefined;
  const [, day = "", monthName = "", yearText = "", hour = "", minute = "", second = "0", zone = ""] = match;
  const month = MONTHS.indexOf(monthName.toLowerCase());
  // Two-digit years per RFC 5322 §4.3: 00-49 are 2000-2049, 50-99 are 1950-1999; three digits add 1900.
  let year = Number(yearText);
  if (yearText.length === 2) year += year < 50 ? 2000 : 1900;
  else if (yearText.length === 3) year += 1900;
  const fields = [Number(day), Number(hour), Number(minute), Number(second)] as const;
  if (month < 0 || fields[0] < 1 || fields[0] > 31 || fields[1] > 23 || fields[2] > 59 || fields[3] > 60) {
    return undefined;
  }
  const utc = Date.UTC(year, month, fields[0], fields[1], fields[2], Math.min(fields[3], 59));
  return validDate(utc - zoneOffsetMinutes(zone) * 60_000);
}

/** The date after the last `;` of a Received header: when that server took the mail. */
export function parseReceivedDate(value: string): Date | undefined {
  const semicolon = value.lastIndexOf(";");
  return semicolon < 0 ? undefined : parseMailDate(value.slice(semicolon + 1));
}

function zoneOffsetMinutes(zone: string): number {
  const numeric = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (numeric) return (numeric[1] === "-" ? -1 : 1) * (Number(numeric[2]) * 60 + Number(numeric[3]));
  return (ZONES[zone.toLowerCase()] ?? 0) * 60;
}

function validDate(ms: number): Date | undefined {
  return Number.isFinite(ms) ? new Date(ms) : undefined;
}
