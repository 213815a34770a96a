import type { NameLikeness } from "../match-evidence.ts";
import { compareReadings } from "./compare-readings.ts";
import type { TokenMatch } from "./compare-tokens.ts";
import { better, downgraded } from "./likeness-order.ts";
import { concatenationsOf } from "./concatenations.ts";
import type { NameReading } from "./name-readings.ts";
import type { ParsedName } from "./parse-name.ts";
import { readName, type ReadName } from "./read-name.ts";

/** How two names are alike: the strongest likeness that holds, and how close within it (0..1). */
export interface NameComparison {
  likeness: NameLikeness;
  similarity: number;
}

/**
 * Whether two names, as customers write them on any channel, plausibly name one person, and how.
 * null when they do not, or when one says too little: a single word ("Anna"), a handle of only a
 * first name ("anna85"), a surname with only a first initial on the other side ("Anna S.").
 * Father and son are two people: "Klaus Weber" and "Klaus Weber jr." are null, as are names whose
 * suffixes differ. Company names ("Müller GmbH") are alike only as a whole.
 */
export function compareNames(a: string, b: string): NameComparison | null {
  return compareRead(readName(a), readName(b));
}

function compareRead(
  { parsed: a, readings: readingsA }: ReadName,
  { parsed: b, readings: readingsB }: ReadName,
): TokenMatch | null {
  if (a.kind === "empty" || b.kind === "empty") return null;
  if (a.kind === "company" || b.kind === "company") return compareCompanies(a, b);
  if (a.suffix !== b.suffix) return null;
  let best: TokenMatch | null = null;
  for (const readingA of readingsA) {
    for (const readingB of readingsB) {
      if (readingA.swapped && readingB.swapped) continue;
      const match = compareReadings(readingA, readingB);
      if (match && readingA.swapped !== readingB.swapped)
        best = better(best, downgraded(match, "transposed", 0.95));
      else best = better(best, match);
    }
  }
  if (a.kind !== "handle" && b.kind !== "handle") return best;
  if (best) best = downgraded(best, "handle", 0.9);
  if (a.kind === "handle") best = better(best, concatenated(a.letters, readingsB));
  if (b.kind === "handle") best = better(best, concatenated(b.letters, readingsA));
  return best;
}

/** A handle written without separators ("annaschneider", "aschneider", "schneidera"). */
function concatenated(letters: string, readings: readonly NameReading[]): TokenMatch | null {
  let best: TokenMatch | null = null;
  for (const reading of readings) {
    for (const [form, similarity] of concatenationsOf(reading)) {
      if (form === letters) {
        best = better(best, {
          likeness: "handle",
          similarity: reading.swapped ? similarity * 0.95 : similarity,
        });
      }
    }
  }
  return best;
}

function compareCompanies(a: ParsedName, b: ParsedName): TokenMatch | null {
  if (a.kind !== b.kind || a.letters !== b.letters) return null;
  const light = (name: ParsedName) => name.tokens.map((token) => token.light).join(" ");
  return light(a) === light(b)
    ? { likeness: "same", similarity: 1 }
    : { likeness: "spelling", similarity: 0.97 };
}
