import { concatenationsOf } from "./concatenations.ts";
import type { NameReading } from "./name-readings.ts";
import { partsOf, type NameToken } from "./parse-name.ts";
import { readName } from "./read-name.ts";
import { fullNamesOf } from "./short-forms.ts";
import { phoneticCode } from "./sound.ts";

/**
 * The keys under which a name's variants meet in an indexed lookup, prefixed "n:" like the other
 * name keys. Every key holds a surname's sound or spelling together with something of the given
 * name, never a given name or an initial alone:
 * - n:i:<surname code>:<letter> — Kölner Phonetik of the surname and a given name's initial, also
 *   the initials of the full names it is a short form of (Hans: h, j for Johannes). Spellings,
 *   initials, short forms, typos in the given name and most in the surname.
 * - n:p:<surname code>:<given code> — the given name's sound (and its full names' sounds) instead of
 *   its initial: Philipp/Filip, Christine/Kristina.
 * - n:d:<letter>:<surname> and n:d:<letter>:<surname without one of its letters>, for each letter —
 *   the given name's initial and the surname's deletion neighbourhood (as in SymSpell): two
 *   surnames one slip apart (a letter dropped, added, replaced, or two swapped) share one of these,
 *   where the Kölner code often changes (Schneier, Becer, Zchneider).
 * - n:c:<letters> — a name written as one word: given + surname, surname + given, initial +
 *   surname ("annaschneider", "aschneider"); a handle keys on its own letters.
 * - n:co:<letters> — a company name, as a whole.
 * Each reading (as written, and surname first) is keyed, so a transposed name meets its original;
 * a reading whose surname is a known given name and whose given names are not gets no initial key.
 */
export function nameBlockingKeys(name: string): string[] {
  const { parsed, readings } = readName(name);
  const keys = new Set<string>();
  if (parsed.kind === "empty") return [];
  if (parsed.kind === "company") return parsed.letters.length >= 3 ? [`n:co:${parsed.letters}`] : [];
  if (parsed.kind === "handle" && parsed.letters.length >= 6 && fullNamesOf(parsed.letters).size === 0)
    keys.add(`n:c:${parsed.letters}`);
  for (const reading of readings) addReadingKeys(reading, keys);
  return [...keys];
}

const MIN_CONCATENATION = 6;
/** compareSurname allows no slip in a surname shorter than this. */
const MIN_SLIPPED = 4;

function addReadingKeys(reading: NameReading, keys: Set<string>): void {
  const surnames = [reading.surname, ...(reading.surname.parts.length > 1 ? partsOf(reading.surname) : [])];
  const surnameCodes = [...new Set(surnames.map((surname) => phoneticCode(surname.parts.join(""))))];
  // "Schneider Anna" read as written would key Anna's with surname initial s: too many people.
  const givenAsSurname = fullNamesOf(reading.surname.folded).size > 0 && !reading.given.some(isGivenName);
  for (const given of givenAsSurname ? [] : reading.given.slice(0, 2)) {
    for (const letter of initialsOf(given))
      for (const code of surnameCodes) keys.add(`n:i:${code}:${letter}`);
  }
  const [first] = reading.given;
  if (first && !first.initial)
    for (const givenCode of soundsOf(first))
      for (const code of surnameCodes) keys.add(`n:p:${code}:${givenCode}`);
  const surname = reading.surname.parts.join("");
  const letter = first?.folded[0];
  if (letter && !reading.swapped && surname.length >= MIN_SLIPPED - 1) {
    // A three-letter surname keys only as itself: a four-letter one with a letter dropped meets it.
    keys.add(`n:d:${letter}:${surname}`);
    if (surname.length >= MIN_SLIPPED)
      for (let i = 0; i < surname.length; i++)
        keys.add(`n:d:${letter}:${surname.slice(0, i)}${surname.slice(i + 1)}`);
  }
  for (const [form] of concatenationsOf(reading))
    if (form.length >= MIN_CONCATENATION) keys.add(`n:c:${form}`);
}

function isGivenName(token: NameToken): boolean {
  return fullNamesOf(token.folded).size > 0;
}

function initialsOf(given: NameToken): Set<string> {
  const letters = new Set<string>([given.folded[0] ?? ""]);
  for (const full of fullNamesOf(given.folded)) letters.add(full[0] ?? "");
  letters.delete("");
  return letters;
}

function soundsOf(given: NameToken): Set<string> {
  const codes = new Set<string>([phoneticCode(given.parts.join(""))]);
  if (given.parts.length > 1 && given.parts[0]) codes.add(phoneticCode(given.parts[0]));
  for (const full of fullNamesOf(given.folded)) codes.add(phoneticCode(full));
  return codes;
}
