import { isSupportedCountry } from "libphonenumber-js";
import type { WrittenIdentifier, WrittenIdentifierKind } from "../match-evidence.ts";
import { customerNumbersIn } from "./customer-numbers-in.ts";
import { emailsIn } from "./emails-in.ts";
import { blankSpans, type FoundSpan } from "./found-span.ts";
import { ibansIn } from "./ibans-in.ts";
import { ownText } from "./mail-parts.ts";
import { phoneNumbersIn } from "./phone-numbers-in.ts";
import { xHandlesIn } from "./x-handles-in.ts";

/**
 * The identifiers a customer wrote in a message, in their own text only (quoted and forwarded mail
 * is someone else's), each once, normalized as the contract says. Finders run from the most
 * distinctive form to the least, and what one found is blanked before the next looks: an e-mail
 * address's name is no X handle, an IBAN's or customer number's digits no phone number.
 * `defaultCountry` (ISO 3166 alpha-2) reads numbers written without a country code; an unknown
 * one reads only international numbers.
 */
export function writtenIdentifiers(text: string, defaultCountry: string): WrittenIdentifier[] {
  const own = ownText(text);
  let rest = own.signature === "" ? own.body : `${own.body}\n${own.signature}`;
  const signatureStart = rest.length - own.signature.length;
  const country = defaultCountry.trim().toUpperCase();
  const found: WrittenIdentifier[] = [];
  const take = (kind: WrittenIdentifierKind, spans: FoundSpan[]) => {
    for (const { value } of spans)
      if (!found.some((known) => known.kind === kind && known.value === value)) found.push({ kind, value });
    rest = blankSpans(rest, spans);
  };
  take("email", emailsIn(rest));
  take("iban", ibansIn(rest));
  take("customer-number", customerNumbersIn(rest));
  take("x-handle", xHandlesIn(rest, signatureStart));
  take("phone", phoneNumbersIn(rest, isSupportedCountry(country) ? country : undefined));
  return found;
}
