import { findPhoneNumbersInText, type CountryCode } from "libphonenumber-js";
import { isCreditCard, isEmail, isIBAN } from "./validator-checks.ts";

/** What must not be posted in public for a customer: a console warning names the kinds found. */
export const PERSONAL_DATA_KINDS = ["iban", "account-number", "card-number", "email", "phone"] as const;
export type PersonalDataKind = (typeof PERSONAL_DATA_KINDS)[number];

export interface PersonalDataOptions {
  /** Numbers written without a country code are read as this country's ("0171 …" in Germany). */
  defaultCountry?: CountryCode;
}

// Candidates are cut generously and then validated: an IBAN by its country's format and mod-97
// check, a card number by its issuer's prefix and the Luhn check, so order numbers do not warn.
const IBAN_CANDIDATE = /\b[A-Z]{2}\d{2}[A-Z0-9 ]{11,40}/gi;
const CARD_CANDIDATE = /\b\d(?:[ -]?\d){12,18}\b/g;
const ACCOUNT_NUMBER =
  /\b(?:konto(?:-?(?:nummer|nr\.?))?|kto\.?(?:-?nr\.?)?|account(?:\s+(?:number|no\.?))?|acct\.?)\s*(?:[:#]|is|ist|lautet)?\s*\d(?:[ ]?\d){5,13}\b/gi;
const EMAIL_CANDIDATE = /[^\s@<>()[\]"',;:]+@[^\s@<>()[\]"',;:]+/g;
const IBAN_MIN = 15;
const IBAN_MAX = 34;

/**
 * The kinds of personal data in a text meant for a public post (an X reply, a Page comment), in
 * PERSONAL_DATA_KINDS order. What one kind matched is blanked before the next looks, so an IBAN's
 * digits are not reported again as a phone number.
 */
export function findPersonalData(text: string, options: PersonalDataOptions = {}): PersonalDataKind[] {
  const found = new Set<PersonalDataKind>();
  let rest = text;
  const take = (kind: PersonalDataKind, pattern: RegExp, accept: (match: string) => string | null) => {
    rest = rest.replace(pattern, (match) => {
      const hit = accept(match);
      if (hit === null) return match;
      found.add(kind);
      return match.replace(hit, " ".repeat(hit.length));
    });
  };
  take("iban", IBAN_CANDIDATE, ibanIn);
  take("card-number", CARD_CANDIDATE, (match) => (isCreditCard(match.replace(/[ -]/g, "")) ? match : null));
  take("account-number", ACCOUNT_NUMBER, (match) => match);
  take("email", EMAIL_CANDIDATE, (match) => {
    const address = match.replace(/[.!?]+$/, "");
    return isEmail(address) ? address : null;
  });
  const country = options.defaultCountry ?? "DE";
  const phones = findPhoneNumbersInText(rest, { defaultCountry: country });
  if (phones.some(({ startsAt, endsAt }) => writtenAsPhoneNumber(rest.slice(startsAt, endsAt))))
    found.add("phone");
  return PERSONAL_DATA_KINDS.filter((kind) => found.has(kind));
}

/**
 * A bank code, an order or a ticket number is often a "valid" number somewhere. People write a phone
 * number with its international prefix, with the trunk 0 (most of Europe) or in (area) form.
 */
function writtenAsPhoneNumber(raw: string): boolean {
  return /^(?:\+|0|\()/.test(raw.trim());
}

/** The longest prefix of a candidate that is a valid IBAN (the candidate may run into the next words). */
function ibanIn(candidate: string): string | null {
  for (let end = candidate.length; end > 0; end--) {
    const part = candidate.slice(0, end).trimEnd();
    const compact = part.replace(/ /g, "").toUpperCase();
    if (compact.length < IBAN_MIN) return null;
    if (compact.length <= IBAN_MAX && isIBAN(compact)) return part;
  }
  return null;
}
