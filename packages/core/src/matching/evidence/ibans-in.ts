import { isIBAN } from "../../channel/validator-checks.ts";
import type { FoundSpan } from "./found-span.ts";

// A country code, two check digits, then the account part, often in groups of four. The candidate
// may run into the next word; the longest prefix that passes the country's format and mod-97 wins.
const CANDIDATE = /\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){11,30}/gi;
const IBAN_MIN = 15;
const IBAN_MAX = 34;

/** IBANs in a text, written with or without spaces, in any case; only those that pass the check. */
export function ibansIn(text: string): FoundSpan[] {
  const found: FoundSpan[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    const iban = longestValidPrefix(match[0]);
    if (iban === null) continue;
    found.push({
      value: iban.replace(/ /g, "").toUpperCase(),
      start: match.index,
      end: match.index + iban.length,
    });
  }
  return found;
}

function longestValidPrefix(candidate: string): string | null {
  for (let end = candidate.length; end > 0; end--) {
    const part = candidate.slice(0, end).trimEnd();
    const compact = part.replace(/ /g, "").toUpperCase();
    if (compact.length < IBAN_MIN) return null;
    // A prefix ending inside a word ("…3000bitte") is not where the customer ended the IBAN.
    const next = candidate.charAt(part.length);
    if (/[A-Za-z0-9]/.test(next)) continue;
    if (compact.length <= IBAN_MAX && isIBAN(compact)) return part;
  }
  return null;
}
