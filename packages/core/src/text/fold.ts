/**
 * The search key German speakers' spellings meet in: "Müller", "Mueller" and "Muller" all fold to
 * "muller", "Weiß" and "Weiss" to "weiss", "José" to "jose". Both sides of every comparison are
 * folded, so a collision ("Poet" and "Pot") only adds a hit, never loses one.
 *
 * The database has the same function, `emma_fold` (migration 0012), for its expression indexes;
 * `fold-sql.test.ts` runs a table of words and letters through both. The steps, in this order in both:
 * 1. Unicode NFD, so accented letters are a base letter and combining accents;
 * 2. lower case;
 * 3. combining accents (U+0300–U+036F) dropped: é to e, ü to u, İ to i;
 * 4. ß to ss;
 * 5. the few letters without a decomposition (FOLD_FROM) to FOLD_TO, upper case included for a
 *    database whose lower() keeps non-ASCII letters as they are;
 * 6. ae, oe, ue to a, o, u, unless a vowel or q comes before them: "Bauer", "Feuer", "Quelle",
 *    "neue" keep their e; "Mueller", "Goethe", "Ueberweisung" lose it.
 */
export const FOLD_FROM = "łđøıŁĐØ";
export const FOLD_TO = "ldoildo";

const FOLD_MAP = new Map(Array.from(FOLD_FROM, (char, i) => [char, FOLD_TO[i] ?? char]));
const COMBINING = /[\u0300-\u036f]/;
const BEFORE_KEPT_E = new Set(["a", "e", "i", "o", "u", "q"]);
const LOSES_E = new Set(["a", "o", "u"]);

/** A folded text and, for each of its UTF-16 code units, the index in the original text it came from. */
export interface FoldedText {
  text: string;
  sources: number[];
}

export function fold(text: string): string {
  return foldWithSources(text).text;
}

/** `fold`, remembering where each folded character came from, so a match can be marked in the original. */
export function foldWithSources(text: string): FoldedText {
  const chars: string[] = [];
  const from: number[] = [];
  let index = 0;
  for (const original of text) {
    for (const lower of original.normalize("NFD").toLowerCase()) {
      if (COMBINING.test(lower)) continue;
      for (const char of lower === "ß" ? "ss" : (FOLD_MAP.get(lower) ?? lower)) {
        chars.push(char);
        from.push(index);
      }
    }
    index += original.length;
  }
  const out: FoldedText = { text: "", sources: [] };
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i] ?? "";
    out.text += char;
    out.sources.push(...new Array<number>(char.length).fill(from[i] ?? 0));
    const before = chars[i - 1];
    if (LOSES_E.has(char) && chars[i + 1] === "e" && (before === undefined || !BEFORE_KEPT_E.has(before)))
      i++;
  }
  return out;
}
