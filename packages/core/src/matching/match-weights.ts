import type { NameLikeness } from "./match-evidence.ts";

/**
 * The matcher's weights, in log-odds (natural log): evidence adds, the score is the logistic of
 * the sum. Set by hand from what each piece says, then checked against the labelled evaluation
 * (bench/match-evaluation.ts), never fitted to it blindly.
 */
export const PRIOR = -6;

/** The best pair of names, by likeness; scaled by the comparison's similarity. */
export const NAME_WEIGHT: Readonly<Record<NameLikeness, number>> = {
  same: 5,
  spelling: 4.6,
  transposed: 4.2,
  "short-form": 3.8,
  initial: 2.4,
  typo: 3.2,
  handle: 4,
};

export const BIRTH_DATE_SAME = 5;
// Two dates of birth from the system of record that differ are two people (father and son).
export const BIRTH_DATE_DIFFERENT = -12;

export const ADDRESS_SAME = 3;
export const ADDRESS_SAME_STREET = 1.2;
// People move; a different address speaks only a little against one person.
export const ADDRESS_DIFFERENT = -0.7;

export const CUSTOMER_NUMBER_SAME = 12;
export const CUSTOMER_NUMBER_DIFFERENT = -12;

/** An identifier of one customer written in the other's message: strong, but an agent confirms it. */
export const WRITTEN_IDENTIFIER = 7.5;

/** The same request on two channels within minutes; a little more for each further shared word. */
export const SAME_TOPIC = 3.2;
export const SAME_TOPIC_PER_WORD = 0.5;
export const SAME_TOPIC_MAX = 4.2;

/**
 * A name few customers share says more than "Thomas Müller" (frequency-based weights, as record
 * linkage does since Fellegi and Sunter): by how many customers hold the pair's most specific
 * name key, the two included.
 */
export function nameRarityWeight(sharedBy: number): number {
  if (sharedBy <= 2) return 0.8;
  if (sharedBy <= 4) return 0.4;
  if (sharedBy >= 30) return -1;
  return 0;
}
