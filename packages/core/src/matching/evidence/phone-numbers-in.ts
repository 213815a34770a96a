import { findPhoneNumbersInText, type CountryCode } from "libphonenumber-js";
import { normalizePhone } from "../../identity/normalize-phone.ts";
import type { FoundSpan } from "./found-span.ts";

// People write a phone number with its international prefix, the trunk 0 or an (area code); a
// number without them ("1.250,00", "2024") is an amount, a year or a reference.
const WRITTEN_AS_PHONE = /^(?:\+|0|\()/;
// Dates are valid numbers to libphonenumber ("03.06.2024" is +49 30 62024 in Berlin).
const DATE = /^\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{2}|\d{4})$|^\d{4}-\d{2}-\d{2}$|^\d{1,2}\/\d{1,2}\/\d{2,4}$/;
// An amount: a decimal comma or a currency right after the digits ("0301234,50 EUR").
const AMOUNT_AFTER = /^\s?(?:,\d|€|eur\b|euro\b|usd\b|\$|%)/i;
// A number the text names as something else: "Bestellnummer 0301234567", "Vertrag Nr. 0815…";
// "Telefonnummer" and "Handynummer" are not among them.
const OTHER_NUMBER_BEFORE =
  /(?<!\p{L})(?:(?:bestell|auftrags?|rechnungs?|vertrags?|vorgangs?|kunden|konto|karten|buchungs|transaktions|mandats|ref(?:erenz|erence)?\.?|sendungs|order|invoice|contract|account|transaction|tracking|ticket)[\s-]?(?:nummer|nr\.?|no\.?|number|#|id)?|aktenzeichen|az\.?|blz|bic|plz|betrag|amount)\s*[:.#]?\s*$/iu;
// How far back a naming word may stand before the number.
const LOOK_BEHIND = 30;

/**
 * Valid phone numbers in a text, as E.164 the way a phone identity is normalized, so a number a
 * customer wrote meets the number another customer calls from.
 */
export function phoneNumbersIn(text: string, defaultCountry: CountryCode | undefined): FoundSpan[] {
  const found: FoundSpan[] = [];
  for (const match of findPhoneNumbersInText(text, { defaultCountry })) {
    const written = text.slice(match.startsAt, match.endsAt);
    if (!WRITTEN_AS_PHONE.test(written) || DATE.test(written)) continue;
    if (AMOUNT_AFTER.test(text.slice(match.endsAt))) continue;
    if (OTHER_NUMBER_BEFORE.test(text.slice(Math.max(0, match.startsAt - LOOK_BEHIND), match.startsAt)))
      continue;
    // Without a country only international numbers can be read: "0171 …" is a number anywhere.
    if (defaultCountry === undefined && !written.startsWith("+")) continue;
    const result = normalizePhone({ kind: "phone", value: written }, defaultCountry ?? "DE");
    if (!result.ok) continue;
    found.push({ value: result.identity.value, start: match.startsAt, end: match.endsAt });
  }
  return found;
}
