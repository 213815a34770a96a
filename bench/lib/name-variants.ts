import { SHORT_FORMS } from "./match-names.ts";
import type { SeededRandom } from "./seeded-random.ts";

/** How a record's name differs from the person's, for the evaluation's "missed" lists. */
export type Variation =
  | "typo"
  | "umlaut-written-out"
  | "umlaut-dropped"
  | "short-form"
  | "initial"
  | "transposed"
  | "title"
  | "middle-name"
  | "first-name-only"
  | "case"
  | "jr";

const KEYBOARD_ROWS = ["qwertzuiopü", "asdfghjklöä", "yxcvbnm"];

function neighbours(letter: string): string[] {
  for (const [rowIndex, row] of KEYBOARD_ROWS.entries()) {
    const at = row.indexOf(letter);
    if (at < 0) continue;
    const out = [
      row[at - 1],
      row[at + 1],
      KEYBOARD_ROWS[rowIndex - 1]?.[at],
      KEYBOARD_ROWS[rowIndex + 1]?.[at],
    ];
    return out.filter((x): x is string => x !== undefined);
  }
  return [];
}

/** One slip of the keyboard: a neighbouring key, a dropped, doubled or two swapped letters. */
export function typo(word: string, random: SeededRandom): string {
  if (word.length < 4) return word;
  // Not the first letter: people rarely mistype it, and it is what they check.
  const at = random.int(1, word.length - 2);
  const letter = word[at] ?? "";
  switch (random.int(0, 3)) {
    case 0: {
      const near = neighbours(letter.toLowerCase());
      return near.length === 0 ? word : word.slice(0, at) + random.pick(near) + word.slice(at + 1);
    }
    case 1:
      return word.slice(0, at) + word.slice(at + 1);
    case 2:
      return word.slice(0, at) + letter + word.slice(at);
    default:
      return word.slice(0, at) + (word[at + 1] ?? "") + letter + word.slice(at + 2);
  }
}

export const hasUmlaut = (word: string) => /[äöüÄÖÜß]/.test(word);

export function umlautsWrittenOut(word: string): string {
  return word
    .replace(/ä/g, "ae")
    .replace(/ö/g, "oe")
    .replace(/ü/g, "ue")
    .replace(/Ä/g, "Ae")
    .replace(/Ö/g, "Oe")
    .replace(/Ü/g, "Ue")
    .replace(/ß/g, "ss");
}

export function umlautsDropped(word: string): string {
  return word
    .replace(/ä/g, "a")
    .replace(/ö/g, "o")
    .replace(/ü/g, "u")
    .replace(/Ä/g, "A")
    .replace(/Ö/g, "O")
    .replace(/Ü/g, "U")
    .replace(/ß/g, "s")
    .replace(/ı/g, "i");
}

export interface NameParts {
  first: string;
  middle: string | null;
  last: string;
  title: string | null;
  suffix: string | null;
}

export interface VariedName {
  value: string;
  variations: Variation[];
}

/**
 * The person's name as one channel shows it: mostly as it is, often with one variation, sometimes
 * two. `rate` scales how often a channel varies (a Messenger profile more than a mail client).
 */
export function variedName(person: NameParts, random: SeededRandom, rate: number): VariedName {
  let first = person.first;
  let last = person.last;
  const variations: Variation[] = [];
  let transposed = false;
  let firstOnly = false;
  let initial = false;
  let title: string | null = null;
  let middle: string | null = null;
  let suffix: string | null = null;
  if (person.title && random.chance(0.3)) {
    title = person.title;
    variations.push("title");
  }
  if (person.middle && random.chance(0.2)) {
    middle = person.middle;
    variations.push("middle-name");
  }
  if (person.suffix && random.chance(0.5)) {
    suffix = person.suffix;
    variations.push("jr");
  }
  const shortForms = SHORT_FORMS[first];
  if (shortForms && random.chance(0.25 * rate)) {
    first = random.pick(shortForms);
    variations.push("short-form");
  }
  if (hasUmlaut(first + last) && random.chance(0.5 * rate)) {
    const out = random.chance(0.6);
    first = out ? umlautsWrittenOut(first) : umlautsDropped(first);
    last = out ? umlautsWrittenOut(last) : umlautsDropped(last);
    variations.push(out ? "umlaut-written-out" : "umlaut-dropped");
  }
  if (random.chance(0.12 * rate)) {
    if (random.chance(0.6)) last = typo(last, random);
    else first = typo(first, random);
    variations.push("typo");
  }
  const shape = random.next();
  if (shape < 0.05 * rate) {
    initial = true;
    variations.push("initial");
  } else if (shape < 0.1 * rate) {
    transposed = true;
    variations.push("transposed");
  } else if (shape < 0.14 * rate) {
    firstOnly = true;
    variations.push("first-name-only");
  }
  const given = initial ? `${first[0] ?? ""}.` : [first, middle].filter(Boolean).join(" ");
  let value: string;
  if (firstOnly) value = first;
  else if (transposed) value = random.chance(0.5) ? `${last}, ${given}` : `${last} ${given}`;
  else value = [title, given, last, suffix].filter(Boolean).join(" ");
  if (random.chance(0.04 * rate)) {
    value = random.chance(0.7) ? value.toLowerCase() : value.toUpperCase();
    variations.push("case");
  }
  return { value, variations };
}

/** A name as an address or handle writes it: lower case, umlauts written out, no spaces. */
export function asHandlePart(word: string): string {
  return umlautsWrittenOut(word.replace(/ı/g, "i"))
    .normalize("NFD")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}
