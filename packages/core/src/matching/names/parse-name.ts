import { fold } from "../../text/fold.ts";

/** One word of a name. */
export interface NameToken {
  /** Lower case, accents dropped but the umlaut's dots and ß kept: "José" is "jose", "Müller" not "muller". */
  light: string;
  /** `fold`ed, hyphens kept: Müller, Mueller and Muller are all "muller". */
  folded: string;
  /** The folded parts of a hyphenated name ("hans-peter": hans, peter); one part otherwise. */
  parts: readonly string[];
  /** A lone letter ("A." or "A"). */
  initial: boolean;
}

export type NameSuffix = "junior" | "senior" | "ii" | "iii" | "iv";

/**
 * A name taken apart. person: words separated by spaces; handle: one word (an @handle, a username,
 * "AnnaSchneider85") split at separators, digits and capitals; company: a name with a legal form
 * (GmbH, AG, Ltd), compared only as a whole.
 */
export interface ParsedName {
  kind: "empty" | "person" | "handle" | "company";
  /** In written order, without titles, degrees and suffixes. */
  tokens: readonly NameToken[];
  suffix: NameSuffix | null;
  /** Every letter of the name, folded, without separators: "anna_schneider85" is "annaschneider". */
  letters: string;
}

/** Leading words that are not names: salutations, titles, academic degrees. */
const TITLES = new Set(
  (
    "dr prof professor frau herr hr fr mr mrs ms miss mx sir dame madame mme monsieur mister " +
    "dipl ing med dent vet rer nat jur phil oec pol hc mag msc bsc mba phd llm univ doz"
  )
    .split(" ")
    .map(fold),
);
/** Trailing degrees ("Anna Schneider, PhD"). */
const DEGREES = new Set("phd mba msc bsc llm dr med ma ba".split(" "));
const SUFFIXES = new Map<string, NameSuffix>([
  ["jr", "junior"],
  ["jun", "junior"],
  ["junior", "junior"],
  ["sr", "senior"],
  ["sen", "senior"],
  ["senior", "senior"],
  ["ii", "ii"],
  ["iii", "iii"],
  ["iv", "iv"],
]);
const LEGAL_FORMS = new Set(
  (
    "gmbh mbh ag kg kgaa ohg ug gbr ev eg se ltd limited inc llc corp co plc sa sarl srl spa bv nv " +
    "ab oy gesmbh stiftung verein"
  ).split(" "),
);

const SEPARATORS = /[\s.,;:()"/&+!?*#[\]{}<>|\\]+/u;
const NOT_A_LETTER = /[^\p{L}\p{M}-]+/gu;
const EDGE_HYPHENS = /^-+|-+$/g;
const HANDLE_SPLIT = /[^\p{L}\p{M}]+/u;
const CAMEL_CASE = /(\p{Ll})(\p{Lu})/gu;
const MARKS_BUT_DIAERESIS = /[\u0300-\u0307\u0309-\u036f]/g;
const HYPHENS = /-+/g;
const ONE_WORD = /^@?\S+$/u;
const HANDLE_MARKS = /[@_\d]/u;

export function parseName(name: string): ParsedName {
  const trimmed = name.normalize("NFC").trim();
  const handle = ONE_WORD.test(trimmed) || HANDLE_MARKS.test(trimmed);
  const words = handle
    ? trimmed.replace(CAMEL_CASE, "$1 $2").split(HANDLE_SPLIT)
    : trimmed.split(SEPARATORS).map((word) => word.replace(NOT_A_LETTER, "").replace(EDGE_HYPHENS, ""));
  const tokens = words.filter((word) => word !== "").map(tokenOf);
  let end = tokens.length;
  let suffix: NameSuffix | null = null;
  while (end > 1) {
    const last = tokens[end - 1]?.folded ?? "";
    const asSuffix = SUFFIXES.get(last);
    if (asSuffix && suffix === null) suffix = asSuffix;
    else if (!DEGREES.has(last)) break;
    end--;
  }
  const kept = tokens.slice(0, end).filter((token) => !token.parts.every((part) => TITLES.has(part)));
  const letters = kept.map((token) => token.parts.join("")).join("");
  const kind =
    kept.length === 0
      ? "empty"
      : tokens.some((token) => LEGAL_FORMS.has(token.folded))
        ? "company"
        : handle
          ? "handle"
          : "person";
  return { kind, tokens: kept, suffix, letters };
}

function tokenOf(word: string): NameToken {
  const folded = fold(word);
  const parts = folded.split("-").filter((part) => part !== "");
  return {
    light: word.toLowerCase().normalize("NFD").replace(MARKS_BUT_DIAERESIS, "").replace(HYPHENS, "-"),
    folded: parts.join("-"),
    parts,
    initial: parts.length === 1 && folded.length === 1,
  };
}

/** The parts of a hyphenated name as words of their own ("Müller-Lüdenscheidt": Müller, Lüdenscheidt). */
export function partsOf(token: NameToken): NameToken[] {
  const lightParts = token.light.split("-");
  return token.parts.map((part, i) => ({
    light: lightParts[i] ?? part,
    folded: part,
    parts: [part],
    initial: part.length === 1,
  }));
}
