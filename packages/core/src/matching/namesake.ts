import { isSuggestedPair } from "./likeness-reason.ts";
import type { NameLikeness } from "./match-evidence.ts";
import type { PairScore } from "./score-pair.ts";

/** The console lists at most this many namesakes of a customer; more are a common name, not a lead. */
export const MAX_NAMESAKES = 5;

/** Names alike enough that the agent should ask; an initial, a typo or a handle are not. */
const FULL_NAME_LIKENESSES: ReadonlySet<NameLikeness> = new Set([
  "same",
  "spelling",
  "transposed",
  "short-form",
]);
/** Evidence this strongly against one person (two dates of birth, two customer numbers) settles it. */
const SETTLED_AGAINST = -5;

/**
 * A pair below the suggestion threshold whose full names are alike and where nothing settles that
 * they are two people: "gleichnamig – bitte prüfen". Names alone cannot tell one person from a
 * namesake (bench/match-evaluation.ts measures how often they are one), so these are never
 * suggested; the console offers them to check by asking the customer, and to merge by hand.
 */
export function isNamesakeToCheck(pair: PairScore): boolean {
  if (isSuggestedPair(pair)) return false;
  if (pair.evidence.some((piece) => piece.weight <= SETTLED_AGAINST)) return false;
  return pair.evidence.some((piece) => piece.kind === "name" && FULL_NAME_LIKENESSES.has(piece.likeness));
}
