import { parsePhoneNumberFromString } from "libphonenumber-js";

/**
 * A stored E.164 number as people read it: "+491711234567" → "+49 171 1234567". A value that is not
 * a valid number (an old import) is shown as stored rather than guessed at.
 */
export function formatPhoneInternational(e164: string): string {
  const parsed = parsePhoneNumberFromString(e164);
  return parsed?.isValid() ? parsed.formatInternational() : e164;
}
