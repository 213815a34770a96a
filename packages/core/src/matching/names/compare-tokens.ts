import type { NameLikeness } from "../match-evidence.ts";
import type { NameToken } from "./parse-name.ts";
import { fullNamesOf, shortFormRelation } from "./short-forms.ts";
import { editDistance, phoneticCode, skeleton } from "./sound.ts";

/** How two words of a name are alike. */
export interface TokenMatch {
  likeness: NameLikeness;
  similarity: number;
}

/** Endings that make another person's name of a name: Jan/Jana, Paul/Pauline, Maria/Mario. */
const GENDERED_ENDINGS = ["a", "e", "ina", "ine", "ette", "o"];
const SWAPPED_FINALS = new Set(["ao", "oa", "eo", "oe", "ae", "ea"]);

/** Two given names (first or middle): equal, spelled otherwise, a short form, an initial or a slip. */
export function compareGiven(a: NameToken, b: NameToken): TokenMatch | null {
  const equal = compareEqual(a, b);
  if (equal) return equal;
  if (a.initial || b.initial) {
    if (a.initial && b.initial) return null;
    return a.folded[0] === b.folded[0] ? { likeness: "initial", similarity: 0.8 } : null;
  }
  const relation = shortFormRelation(a.folded, b.folded);
  if (relation) return { likeness: "short-form", similarity: relation === "full" ? 0.9 : 0.7 };
  if (anotherPersonsName(a.folded, b.folded)) return null;
  // A given name's slip must leave it long and close: Lena/Lina or Thomas/Tobias are two names.
  if (skeleton(a.folded) === skeleton(b.folded)) return typo(a.folded, b.folded, 0.9);
  const length = Math.max(a.folded.length, b.folded.length);
  if (length < 5 || Math.abs(a.folded.length - b.folded.length) > 1) return null;
  // Two listed names a letter apart are two names (Anna/Hanna) unless one letter was replaced
  // inside (Elisabeth/Elizabeth).
  const bothListed = fullNamesOf(a.folded).size > 0 && fullNamesOf(b.folded).size > 0;
  if (bothListed && (a.folded.length !== b.folded.length || a.folded[0] !== b.folded[0])) return null;
  return editDistance(a.folded, b.folded) <= 1 ? typo(a.folded, b.folded, 1) : null;
}

/** Two surnames without particles: equal, spelled otherwise, a slip or a sound-alike. */
export function compareSurname(a: NameToken, b: NameToken): TokenMatch | null {
  const equal = compareEqual(a, b);
  if (equal) return equal;
  if (a.initial || b.initial) return null;
  const length = Math.max(a.folded.length, b.folded.length);
  const allowed = length < 4 ? 0 : length < 8 ? 1 : 2;
  // An edit changes the length by one at most (a sound skeleton by two): most surnames stop here.
  if (Math.abs(a.folded.length - b.folded.length) > allowed + 2) return null;
  if (editDistance(a.folded, b.folded) <= allowed) return typo(a.folded, b.folded, 1);
  if (
    phoneticCode(a.folded) === phoneticCode(b.folded) &&
    editDistance(skeleton(a.folded), skeleton(b.folded)) <= Math.max(1, allowed)
  )
    return typo(a.folded, b.folded, 0.9);
  return null;
}

function compareEqual(a: NameToken, b: NameToken): TokenMatch | null {
  if (a.light === b.light) return { likeness: "same", similarity: 1 };
  if (a.folded === b.folded) return { likeness: "spelling", similarity: 0.97 };
  return null;
}

/**
 * Closer for fewer edits in a longer name: Schnieder/Schneider is closer than Mayer/Meier; a
 * spelling that sounds the same (Philipp/Filip) counts as one edit more than its sound skeleton.
 */
function typo(a: string, b: string, factor: number): TokenMatch {
  const length = Math.max(a.length, b.length);
  const edits = Math.min(editDistance(a, b), editDistance(skeleton(a), skeleton(b)) + 1);
  const closeness = 1 - edits / (length + 1);
  return { likeness: "typo", similarity: Math.max(0.3, 0.92 * closeness * factor) };
}

function anotherPersonsName(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.startsWith(short) && GENDERED_ENDINGS.includes(long.slice(short.length))) return true;
  return (
    a.length === b.length &&
    a.slice(0, -1) === b.slice(0, -1) &&
    SWAPPED_FINALS.has(`${a.slice(-1)}${b.slice(-1)}`)
  );
}
