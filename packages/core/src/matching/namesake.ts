import { isSuggestedPair } from "./likeness-reason.ts";
import type { NameLikeness } from "./match-evidence.ts";
import type { PairScore } from "./score-pair.ts";

/** The console lists at most this many namesakes of a customer; more are a common name, not a lead. */
export const MAX_NAMESAKES = 5;

/**
 * Names alike enough that the agent should ask. A handle is not: on the evaluation set a pair
 * alike only by a handle is one person in two (bench/match-evaluation.ts), the others nearly nine
 * in ten; adding typos and initials to same names raised what agents see from 36 % to 46 % of true
 * pairs for a precision of 0.87 instead of 0.90.
 */
const NAME_LIKENESSES_TO_CHECK: ReadonlySet<NameLikeness> = new Set([
  "same",
  "spelling",
  "transposed",
  "short-form",
  "typo",
  "initial",
]);
/** Evidence this strongly against one person (two dates of birth, two customer numbers) settles it. */
const SETTLED_AGAINST = -5;

/**
 * A pair below the suggestion threshold whose names are alike and where nothing settles that they
 * are two people: "gleicher oder ähnlicher Name – bitte prüfen". Names alone cannot tell one person from a
 * namesake (bench/match-evaluation.ts measures how often they are one), so these are never
 * suggested; the console offers them to check by asking the customer, and to merge by hand.
 */
export function isNamesakeToCheck(pair: PairScore): boolean {
  if (isSuggestedPair(pair)) return false;
  if (pair.evidence.some((piece) => piece.weight <= SETTLED_AGAINST)) return false;
  return pair.evidence.some((piece) => piece.kind === "name" && NAME_LIKENESSES_TO_CHECK.has(piece.likeness));
}
