import { parsePhoneNumberFromString, type PhoneNumber } from "libphonenumber-js";
import type { CountryCode } from "./country-code.ts";
import type { RawIdentity } from "./identity-kind.ts";
import { normalized, rejected, type NormalizeResult } from "./normalize-result.ts";

// What PBXs, SIP trunks and carriers send instead of a withheld caller id.
const ANONYMOUS_WORDS = new Set([
  "anonymous",
  "restricted",
  "unknown",
  "private",
  "unavailable",
  "withheld",
  "blocked",
  "payphone",
  "unknown caller",
  "no caller id",
]);

// Twilio's stand-in numbers spell ANONYMOUS, RESTRICTED, BLOCKED, UNKNOWN, UNAVAILABLE on a keypad
// (https://www.twilio.com/docs/voice/twiml#caller-id). They are shared by every withheld caller.
const TWILIO_STAND_INS = new Set(["266696687", "7378742833", "2562533", "8656696", "86282452253"]);

// Fewer digits than this cannot name one subscriber: "0", extensions, short codes.
const MIN_DIGITS = 6;

/** sip:+4930123@pbx.example and tel:+4930123 carry the number between the scheme and the host. */
function stripUri(value: string): string {
  const trimmed = value.trim();
  const withoutScheme = trimmed.replace(/^(sips?|tel):/i, "");
  return withoutScheme === trimmed ? trimmed : (withoutScheme.split(/[@;]/)[0] ?? "").trim();
}

export function normalizePhone(raw: RawIdentity, defaultCountry: CountryCode): NormalizeResult {
  const written = stripUri(raw.value);
  const digits = written.replace(/\D/g, "");
  if (written === "" || ANONYMOUS_WORDS.has(written.toLowerCase())) {
    return rejected("anonymous", "The caller withheld the number");
  }
  if (TWILIO_STAND_INS.has(digits) && /^\+?[\d\s()./-]+$/.test(written)) {
    return rejected("anonymous", `${written} is the provider's stand-in for a withheld number`);
  }
  if (digits === "") return rejected("invalid", `"${written}" is not a phone number`);
  if (digits.length < MIN_DIGITS) {
    return rejected("anonymous", `"${written}" is too short to be one person's number`);
  }
  const parsed = readNumber(written, digits, defaultCountry);
  if (!parsed?.isValid()) {
    return rejected(
      "invalid",
      `"${written}" is not a valid phone number (read with default country ${defaultCountry})`,
    );
  }
  return normalized({ kind: "phone", value: parsed.number, display: parsed.formatInternational() });
}

/**
 * PBXs write international numbers without "+" ("4912347114711", or "004912347114711" whatever the
 * country's own international prefix). A number is read nationally only when it is written the way
 * a national number is dialled there (its national format has the same digits: "030 123456" in DE,
 * "415 555 2671" in the US); otherwise as international, if that makes a valid number. The national
 * reading alone would take DE "4912347114711" for a number in area code 04912.
 */
function readNumber(written: string, digits: string, country: CountryCode): PhoneNumber | undefined {
  const asWritten = parsePhoneNumberFromString(written, country);
  if (written.startsWith("+")) return asWritten;
  if (asWritten?.isValid() && asWritten.formatNational().replace(/\D/g, "") === digits) return asWritten;
  const international = parsePhoneNumberFromString(`+${digits.replace(/^00/, "")}`);
  return international?.isValid() ? international : asWritten;
}
