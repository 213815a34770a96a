import type { CountryCode } from "../identity/country-code.ts";
import { normalizePhone } from "../identity/normalize-phone.ts";
import { fold } from "./fold.ts";

/**
 * What one search box query can be looked up as (`search.query`). Every value is already in the
 * form the database compares: folded (see `fold`), digits only, or letters and digits only.
 */
export interface SearchQueryPlan {
  /** Folded words a customer's name must all contain, e.g. ["muller", "anna"]; empty: no name lookup. */
  nameWords: string[];
  /** Folded fragment of an identity (e-mail, handle, forum username, profile name), e.g. "schmidt@". */
  identity: string | null;
  /** Digits of a phone number or its last digits, without a trunk 0 or international 00. */
  phoneDigits: string | null;
  /** The whole number in E.164 when the query is one. */
  phoneE164: string | null;
  /** A contract, account or card reference without spaces and dashes, lower case: "de89370400440532". */
  reference: string | null;
  /** Folded words for message text, each matched as a word start; a to_tsquery text, or null. */
  textQuery: string | null;
  /**
   * What to mark in a found text (ts_headline parses the text as written): the folded words or
   * the words as typed, so "Mueller" marks both "Müller" and "Mueller".
   */
  highlightQuery: string | null;
}

// Digits with the punctuation people type in numbers: "+49 (0)171/123 45-67", "23 45 67".
const PHONE_SHAPE = /^\+?[\d\s()./-]+$/;
/** Fewer digits are a year or a house number, not the last digits a caller reads out. */
export const MIN_PHONE_FRAGMENT_DIGITS = 4;
/** Fewer characters give no trigram to look up (pg_trgm), so no index could answer. */
export const MIN_FRAGMENT_LENGTH = 3;
const REFERENCE_SHAPE = /^[\p{L}\p{N}\s./-]+$/u;
const MIN_REFERENCE_LENGTH = 4;
const MAX_WORDS = 8;
// Shorter words would match most of the history as a word start.
const MIN_PREFIX_WORD = 3;

export function readSearchQuery(query: string, defaultCountry: CountryCode): SearchQueryPlan {
  const trimmed = query.trim().replace(/\s+/g, " ");
  const folded = fold(trimmed);
  const words = wordsOf(folded);
  const textQuery = textQueryOf(words);
  const typedQuery = textQueryOf(wordsOf(trimmed.toLowerCase()));
  const phoneShaped = PHONE_SHAPE.test(trimmed);
  const hasAt = folded.includes("@");
  return {
    nameWords: !hasAt && !phoneShaped && words.some((w) => w.length >= MIN_FRAGMENT_LENGTH) ? words : [],
    identity: identityFragment(folded, hasAt, phoneShaped),
    ...phoneOf(trimmed, phoneShaped, defaultCountry),
    reference: referenceOf(folded),
    textQuery,
    highlightQuery: typedQuery === textQuery ? textQuery : `(${textQuery ?? ""}) | (${typedQuery ?? ""})`,
  };
}

function wordsOf(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length >= 2);
}

function identityFragment(folded: string, hasAt: boolean, phoneShaped: boolean): string | null {
  if (phoneShaped || folded.length < MIN_FRAGMENT_LENGTH) return null;
  // "schmidt@", "@gmx", "@anna_k": one piece without spaces.
  if (hasAt) return /\s/.test(folded) ? null : folded;
  return folded;
}

function phoneOf(trimmed: string, phoneShaped: boolean, defaultCountry: CountryCode) {
  const none = { phoneDigits: null, phoneE164: null };
  if (!phoneShaped) return none;
  const all = trimmed.replace(/\D/g, "");
  // 0049 171 … and +49 171 … are international; a single leading 0 is the national trunk prefix.
  const digits = all.startsWith("00") ? all.slice(2) : trimmed.startsWith("+") ? all : all.replace(/^0/, "");
  if (digits.length < MIN_PHONE_FRAGMENT_DIGITS) return none;
  // Only a number written from its start (trunk 0, 00 or +) is a whole one; "234567" is last digits.
  const whole = /^[+0]/.test(trimmed)
    ? normalizePhone({ kind: "phone", value: trimmed }, defaultCountry)
    : null;
  return { phoneDigits: digits, phoneE164: whole?.ok ? whole.identity.value : null };
}

function referenceOf(folded: string): string | null {
  if (!REFERENCE_SHAPE.test(folded)) return null;
  const compact = folded.replace(/[^\p{L}\p{N}]/gu, "");
  return compact.length >= MIN_REFERENCE_LENGTH && /\d/.test(compact) ? compact : null;
}

/** Each word matched as a word start ("konto" finds "Kontoauszüge"), all words required. */
function textQueryOf(words: string[]): string | null {
  const terms = words
    .slice(0, MAX_WORDS)
    .map((word) => (word.length >= MIN_PREFIX_WORD ? `'${word}':*` : `'${word}'`));
  return terms.length === 0 ? null : terms.join(" & ");
}
