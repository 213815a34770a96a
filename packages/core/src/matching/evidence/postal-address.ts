import { fold } from "../../text/fold.ts";
import type { PostalAddress } from "../match-profile.ts";

/** An address in the form two spellings of it meet in. */
export interface NormalizedPostalAddress {
  /** Folded, "Straße"/"Str." as "str" and "Platz"/"Pl." as "pl", letters and digits only: "hauptstr". */
  street: string;
  /** "5a" for "5 A", "5-7" for "5 – 7"; null when none is known. */
  houseNumber: string | null;
  /** Letters and digits, upper case, without a country prefix ("D-80331" → "80331"); null when empty. */
  postalCode: string | null;
  /** Folded words: "frankfurt am main". */
  city: string;
  /** ISO 3166 alpha-2; "DE" when none is given. */
  country: string;
}

const DEFAULT_COUNTRY = "DE";
// What the system of record may write instead of a country code (folded).
const COUNTRY_NAMES: ReadonlyMap<string, string> = new Map([
  ["d", "DE"],
  ["deutschland", "DE"],
  ["germany", "DE"],
  ["a", "AT"],
  ["osterreich", "AT"],
  ["austria", "AT"],
  ["schweiz", "CH"],
  ["switzerland", "CH"],
  ["suisse", "CH"],
]);
// "5", "5a", "5 a", "5-7", "12/1": the number at the end of a street when no house number is given.
const TRAILING_NUMBER = /^(.*?\D)\s*(\d+\s?[a-z]?(?:\s*[-–/]\s*\d+\s?[a-z]?)?)$/i;

export function normalizePostalAddress(address: PostalAddress): NormalizedPostalAddress {
  let street = address.street.trim();
  let houseNumber = address.houseNumber?.trim() ?? "";
  if (houseNumber === "") {
    const split = TRAILING_NUMBER.exec(street);
    if (split) [street, houseNumber] = [split[1] ?? street, split[2] ?? ""];
  }
  return {
    street: streetKey(street),
    houseNumber: houseNumber === "" ? null : fold(houseNumber).replace(/\s+/g, "").replace(/–/g, "-"),
    postalCode: postalCodeKey(address.postalCode),
    city: words(address.city),
    country: countryCode(address.country),
  };
}

/**
 * The key two customers at the same street are looked up under (house number left out, so
 * neighbours in one street meet too), or null when the postcode or the street is missing.
 */
export function postalAddressKey(address: PostalAddress): string | null {
  const { postalCode, street } = normalizePostalAddress(address);
  return postalCode !== null && street !== "" ? `a:${postalCode}:${street}` : null;
}

// "Hauptstraße", "Haupt-Str.", "Hauptstrasse" and "Haupt Str" all become "hauptstr"; "Strandweg"
// and "Plauener Weg" keep their letters, since the abbreviation must end the word.
function streetKey(street: string): string {
  return fold(street)
    .replace(/(?:strasse|str\.?)(?![a-z])/g, "str")
    .replace(/(?:platz|pl\.?)(?![a-z])/g, "pl")
    .replace(/[^a-z0-9]+/g, "");
}

function postalCodeKey(postalCode: string): string | null {
  const key = postalCode
    .trim()
    .replace(/^[a-z]{1,3}-(?=\d)/i, "")
    .replace(/[^a-z0-9]+/gi, "")
    .toUpperCase();
  return key === "" ? null : key;
}

function words(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

function countryCode(country: string): string {
  const folded = words(country);
  if (folded === "") return DEFAULT_COUNTRY;
  return COUNTRY_NAMES.get(folded) ?? folded.toUpperCase();
}
