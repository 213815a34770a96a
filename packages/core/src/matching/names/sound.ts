import { colognePhonetic } from "cologne-phonetic";
import damerauLevenshtein from "damerau-levenshtein";

/**
 * The Kölner Phonetik code of a folded word ("meier", "mayer" and "maier" are all 67), or the word
 * itself when it has no Latin letters to code, so a Cyrillic or Greek name still keys on itself.
 */
export function phoneticCode(folded: string): string {
  const known = codes.get(folded);
  if (known !== undefined) return known;
  const code = colognePhonetic(folded) || folded;
  // Names repeat; the library runs two dozen regular expressions per word.
  if (codes.size >= MAX_CODES) codes.clear();
  codes.set(folded, code);
  return code;
}

const MAX_CODES = 8192;
const codes = new Map<string, string>();

/** Edits (insert, delete, replace, swap two neighbours) from one word to the other. */
export function editDistance(a: string, b: string): number {
  return damerauLevenshtein(a, b).steps;
}

/**
 * The letters of a folded name that decide how it sounds, for German and English spellings of one
 * name: ph/f, th/t, dt/tt/t, ck/k, tz/z, y/i, doubled letters once (Philipp and Filip are "filip",
 * Schmidt and Schmitt "schmit").
 */
export function skeleton(folded: string): string {
  return folded.replace(SKELETON_PAIRS, (pair) => SKELETON_OF.get(pair) ?? pair).replace(DOUBLED, "$1");
}

const SKELETON_OF = new Map([
  ["ph", "f"],
  ["th", "t"],
  ["dt", "t"],
  ["ck", "k"],
  ["tz", "z"],
  ["y", "i"],
]);
const SKELETON_PAIRS = /ph|th|dt|ck|tz|y/g;
const DOUBLED = /(\p{L})\1+/gu;
