import { compareGiven, compareSurname, type TokenMatch } from "./compare-tokens.ts";
import { downgraded } from "./likeness-order.ts";
import type { NameReading } from "./name-readings.ts";
import { partsOf, type NameToken } from "./parse-name.ts";

/** Two readings of names: both the given names and the surname must be alike. */
export function compareReadings(a: NameReading, b: NameReading): TokenMatch | null {
  const surname = compareSurnames(a, b);
  if (!surname) return null;
  const given = compareGivenNames(a.given, b.given);
  if (!given) return null;
  return downgraded(given, surname.likeness, surname.similarity);
}

function compareSurnames(a: NameReading, b: NameReading): TokenMatch | null {
  const match =
    compareSurname(a.surname, b.surname) ?? partOfCompound(a.surname, b.surname, compareSurname, 0.7);
  if (!match) return null;
  // "von Goethe" and "Goethe": the particle is part of the surname, but often left out.
  return a.particles === b.particles ? match : downgraded(match, "spelling", 0.9);
}

function compareGivenNames(a: readonly NameToken[], b: readonly NameToken[]): TokenMatch | null {
  const [firstA, ...restA] = a;
  const [firstB, ...restB] = b;
  if (!firstA || !firstB) return null;
  const first = compareGiven(firstA, firstB) ?? partOfCompound(firstA, firstB, compareGiven, 0.75);
  if (first) {
    const [middleA] = restA;
    const [middleB] = restB;
    if (middleA && middleB) {
      // Anna Maria and Anna Lena Schneider are sisters more often than one person.
      const middle = compareGiven(middleA, middleB);
      return middle ? downgraded(first, middle.likeness, middle.similarity >= 0.9 ? 1 : 0.95) : null;
    }
    return middleA || middleB ? downgraded(first, first.likeness, 0.92) : first;
  }
  // Anna Maria Schneider who calls herself Maria Schneider.
  const [single, several] = a.length === 1 ? [firstA, restB] : b.length === 1 ? [firstB, restA] : [null, []];
  if (!single) return null;
  for (const other of several) {
    const match = compareGiven(single, other);
    if (match && match.likeness !== "typo" && match.likeness !== "initial")
      return downgraded(match, match.likeness, 0.8);
  }
  return null;
}

/**
 * One name is one part of the other's hyphenated name: Hans for Hans-Peter, Müller for
 * Müller-Lüdenscheidt. A short form of the name (`factor` of the part's similarity), weaker when the
 * part is not the first; a surname's part says less than a given name's.
 */
function partOfCompound(
  a: NameToken,
  b: NameToken,
  compare: (x: NameToken, y: NameToken) => TokenMatch | null,
  factor: number,
): TokenMatch | null {
  if (a.parts.length > 1 === b.parts.length > 1) return null;
  const [compound, simple] = a.parts.length > 1 ? [a, b] : [b, a];
  if (simple.initial) return null;
  const parts = partsOf(compound);
  for (const [i, part] of parts.entries()) {
    const match = compare(part, simple);
    if (match && match.likeness !== "typo")
      return downgraded(match, "short-form", i === 0 ? factor : factor * 0.8);
  }
  return null;
}
