import { normalizeEmail } from "../identity/normalize-email.ts";

// Digits with the punctuation people type in numbers: "+49 (0)171/123 45-67", "0049.171.1234567".
const PHONE_SHAPE = /^\+?[\d\s()./-]+$/;
// Below this a digit string is a year, a postcode or a customer number fragment, not a phone number.
const MIN_PHONE_DIGITS = 6;

export function looksLikeEmail(query: string): boolean {
  return normalizeEmail({ kind: "email", value: query }).ok;
}

export function looksLikePhone(query: string): boolean {
  const trimmed = query.trim();
  return PHONE_SHAPE.test(trimmed) && trimmed.replace(/\D/g, "").length >= MIN_PHONE_DIGITS;
}
