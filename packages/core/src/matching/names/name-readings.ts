import type { NameToken, ParsedName } from "./parse-name.ts";
import { fullNamesOf } from "./short-forms.ts";

/** Name particles that belong to the surname ("von Goethe", "van der Berg"). */
const PARTICLES = new Set(
  "von vom van der den de del della di da du le la zu zum zur ten ter dos das".split(" "),
);

/** One way to read a name's words as given names and a surname. */
export interface NameReading {
  given: readonly NameToken[];
  /** Folded particles before the surname, joined by spaces ("von der"). */
  particles: string;
  surname: NameToken;
  /** Surname first ("Schneider Anna", "Schneider, Anna"). */
  swapped: boolean;
}

/**
 * The readings of a name of at least a given name and a surname: as written (surname last) and
 * swapped (surname first); none for a single word, none whose surname is a lone initial, and no
 * swapped one for a known given name followed by initials only.
 */
export function readingsOf(name: ParsedName): NameReading[] {
  const tokens = name.tokens;
  const readings: NameReading[] = [];
  const last = tokens.length - 1;
  const surname = tokens[last];
  if (surname && !surname.initial) {
    let first = last;
    while (first > 1 && PARTICLES.has(tokens[first - 1]?.folded ?? "")) first--;
    const given = tokens.slice(0, first);
    if (given.length > 0) readings.push(reading(given, tokens.slice(first, last), surname, false));
  }
  let core = 0;
  while (core < last - 1 && PARTICLES.has(tokens[core]?.folded ?? "")) core++;
  const swappedSurname = tokens[core];
  const swappedGiven = tokens.slice(core + 1);
  // "Anna S." is Anna with a surname's initial, not a Ms Anna with the given name S.
  const initialsAfterGivenName =
    swappedGiven.every((token) => token.initial) && fullNamesOf(swappedSurname?.folded ?? "").size > 0;
  if (swappedSurname && !swappedSurname.initial && core < last && !initialsAfterGivenName)
    readings.push(reading(swappedGiven, tokens.slice(0, core), swappedSurname, true));
  return readings;
}

function reading(
  given: readonly NameToken[],
  particles: readonly NameToken[],
  surname: NameToken,
  swapped: boolean,
): NameReading {
  return { given, particles: particles.map((token) => token.folded).join(" "), surname, swapped };
}
