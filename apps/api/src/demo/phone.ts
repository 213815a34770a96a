import type { Random } from "./random.ts";

/**
 * German numbers in E.164, the way Twilio and most SIP trunks hand them over ("+4917612345678").
 * Every number ends in a seven-digit tail that is unique per person (see unique-number.ts); the
 * prefixes are prefix-free among themselves, so equal tails under different prefixes never collide.
 */

// Mobile network prefixes with the subscriber length their operators hand out.
const MOBILE_PREFIXES: readonly (readonly [prefix: string, digits: 7 | 8])[] = [
  ["151", 8],
  ["152", 8],
  ["157", 8],
  ["159", 8],
  ["160", 8],
  ["162", 7],
  ["163", 7],
  ["170", 7],
  ["171", 7],
  ["172", 7],
  ["173", 7],
  ["174", 7],
  ["175", 7],
  ["176", 8],
  ["177", 7],
  ["178", 7],
  ["179", 7],
];

export interface City {
  name: string;
  /** Without the trunk 0; two-digit codes have eight-digit subscriber numbers, three-digit ones seven. */
  areaCode: string;
}

export const CITIES: readonly City[] = [
  { name: "Berlin", areaCode: "30" },
  { name: "Hamburg", areaCode: "40" },
  { name: "München", areaCode: "89" },
  { name: "Frankfurt am Main", areaCode: "69" },
  { name: "Köln", areaCode: "221" },
  { name: "Düsseldorf", areaCode: "211" },
  { name: "Stuttgart", areaCode: "711" },
  { name: "Leipzig", areaCode: "341" },
  { name: "Dresden", areaCode: "351" },
  { name: "Hannover", areaCode: "511" },
  { name: "Nürnberg", areaCode: "911" },
  { name: "Bremen", areaCode: "421" },
  { name: "Essen", areaCode: "201" },
];

/** The bank's service hotline, the "to" of every inbound call. */
export const SERVICE_NUMBER = "+496990712340";

export function mobileNumber(random: Random, uniqueTail: string): string {
  const [prefix, digits] = random.pick(MOBILE_PREFIXES);
  const extra = digits === 8 ? String(random.int(0, 9)) : "";
  return `+49${prefix}${extra}${uniqueTail}`;
}

export function landlineNumber(random: Random, city: City, uniqueTail: string): string {
  const extra = city.areaCode.length === 2 ? String(random.int(2, 9)) : "";
  return `+49${city.areaCode}${extra}${uniqueTail}`;
}

/** "+4917612345678" → "0176 12345678", how people write their number in a signature. */
export function nationalFormat(e164: string): string {
  const national = `0${e164.replace(/^\+49/, "")}`;
  const areaLength = /^01[5-7]/.test(national)
    ? 3
    : (CITIES.find((city) => national.startsWith(`0${city.areaCode}`))?.areaCode.length ?? 3);
  return `${national.slice(0, areaLength + 1)} ${national.slice(areaLength + 1)}`;
}
