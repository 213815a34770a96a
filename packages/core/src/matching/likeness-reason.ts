import type { MergeReason } from "../merge/merge-reason.ts";
import { SUGGEST_FROM_SCORE } from "./match-thresholds.ts";
import type { PairScore } from "./score-pair.ts";

export type LikenessReason = Extract<MergeReason, { code: "likeness" }>;

/** Whether a scored pair is put before an agent: from SUGGEST_FROM_SCORE, with evidence to show. */
export function isSuggestedPair(pair: PairScore): boolean {
  return pair.score >= SUGGEST_FROM_SCORE && pair.evidence.length > 0;
}

/** The reason a suggestion shows for this likeness, its two customers ordered as suggestions store them. */
export function likenessReasonOf(
  one: string,
  other: string,
  pair: PairScore,
): LikenessReason & { customerIds: [string, string] } {
  const [a, b]: [string, string] = one < other ? [one, other] : [other, one];
  return { code: "likeness", score: pair.score, evidence: pair.evidence, customerIds: [a, b] };
}
