import {
  blockingKeysOf,
  isSuggestedPair,
  likenessReasonOf,
  mayAutoMergeFrom,
  scorePair,
  survivorOf,
  type MatcherEvaluation,
  type MatchingSettings,
  type MatchProfile,
  type PairScore,
} from "@emma/core";
import { sql, type Transaction } from "kysely";
import type { Database } from "../../db/schema.ts";
import type { RealtimeMessage } from "../../realtime/publish.ts";
import { replaceMatchKeys } from "./find-match-candidates.ts";
import { loadMatchProfiles, type ProfileSources } from "./load-match-profiles.ts";
import { pairExclusions } from "./match-exclusions.ts";
import { scoreCandidates } from "./score-candidates.ts";
import { withdrawStaleLikeness } from "./withdraw-stale-likeness.ts";

export interface CheckOptions {
  sources: Omit<ProfileSources, "now">;
  now: Date;
  settings: MatchingSettings;
  /** The evaluation behind automatic merges; core's MATCHER_EVALUATION in production. */
  evaluation: MatcherEvaluation | null;
}

/** A pair the matcher wants merged without an agent: merged by the caller after the check commits. */
export interface AutoMerge {
  suggestionId: string;
  survivorId: string;
  absorbedId: string;
  score: number;
}

export interface CheckResult {
  /** Suggestions this check opened (not those it only updated). */
  suggested: number;
  autoMerge: AutoMerge | null;
  /** merge.suggested for the console, sent with the check's commit. */
  realtime: RealtimeMessage[];
}

/**
 * Compares one customer with their possible twins: its profile, its blocking keys (replaced), the
 * customers sharing them, each pair's score. A pair from SUGGEST_FROM_SCORE on becomes (or updates)
 * the pair's one open suggestion, unless people already decided it: one person already, two people
 * (distinct_people), or dismissed at a score at least as high. A pair an admin let Emma merge on its
 * own is returned for merging after the commit; its suggestion holds the evidence the merge records.
 * A pair a person once unmerged is suggested again only on fresh evidence (a higher score than the
 * one it was merged on), and never merged alone.
 */
export async function checkCustomer(
  trx: Transaction<Database>,
  customerId: string,
  options: CheckOptions,
): Promise<CheckResult> {
  const result: CheckResult = { suggested: 0, autoMerge: null, realtime: [] };
  const sources = { ...options.sources, now: options.now };
  const profile = (await loadMatchProfiles(trx, [customerId], sources)).get(customerId);
  if (!profile) {
    // Merged away or erased: what it was is its root's now, or nobody's.
    await replaceMatchKeys(trx, customerId, []);
    return result;
  }
  const keys = blockingKeysOf(profile);
  await replaceMatchKeys(trx, customerId, keys);
  const { pairs, context } = await scoreCandidates(trx, profile, keys, sources);
  const scored = pairs
    .filter(({ pair }) => isSuggestedPair(pair))
    .sort((a, b) => b.pair.score - a.pair.score);
  const refreshed = await suggestScored(trx, profile, scored, options, result);
  const scoredNow = new Map(pairs.map(({ candidate, pair }) => [candidate.customerId, pair]));
  result.realtime.push(
    ...(await withdrawStaleLikeness(trx, customerId, {
      refreshed,
      // Scored above already, unless beyond the candidates' cut.
      rescore: async (otherId) => {
        const known = scoredNow.get(otherId);
        if (known) return known;
        const other = (await loadMatchProfiles(trx, [otherId], sources)).get(otherId);
        return other ? scorePair(profile, other, context) : null;
      },
    })),
  );
  return result;
}

/** Opens or updates the suggestion of each pair scored from SUGGEST_FROM_SCORE; returns their other sides. */
async function suggestScored(
  trx: Transaction<Database>,
  profile: MatchProfile,
  scored: readonly { candidate: MatchProfile; pair: PairScore }[],
  options: CheckOptions,
  result: CheckResult,
): Promise<Set<string>> {
  const refreshed = new Set<string>();
  if (scored.length === 0) return refreshed;
  const { customerId } = profile;
  const exclusions = await pairExclusions(
    trx,
    customerId,
    scored.map(({ candidate }) => candidate.customerId),
  );
  for (const { candidate, pair } of scored) {
    const other = candidate.customerId;
    if (exclusions.distinct.has(other)) continue;
    if (exclusions.dismissedAt.has(other)) {
      const dismissedScore = exclusions.dismissedAt.get(other);
      if (dismissedScore === null || dismissedScore === undefined || pair.score <= dismissedScore) continue;
    }
    const suggestion = await upsertLikeness(trx, customerId, other, pair);
    refreshed.add(other);
    const merging =
      result.autoMerge === null && !exclusions.unmerged.has(other) && mayMergeAlone(pair, options)
        ? {
            suggestionId: suggestion.id,
            // The record the system of record knows, else the one that was there first (the candidate), stays.
            ...survivorOf(
              { id: other, customerNumber: candidate.customerNumber },
              { id: customerId, customerNumber: profile.customerNumber },
            ),
            score: pair.score,
          }
        : null;
    if (merging) result.autoMerge = merging;
    if (suggestion.inserted) {
      result.suggested += 1;
      if (!merging)
        result.realtime.push({
          topic: "merge.suggested",
          userIds: null,
          payload: { suggestionId: suggestion.id, customerIds: suggestion.customerIds },
        });
    }
  }
  return refreshed;
}

/**
 * Emma merges on its own only where an admin allowed it, at a threshold the evaluation backs, and
 * never on an identifier someone wrote in a message: anyone can write anyone's number.
 */
function mayMergeAlone(pair: PairScore, options: CheckOptions): boolean {
  const threshold = options.settings.autoMergeFromScore;
  return (
    threshold !== null &&
    pair.score >= threshold &&
    mayAutoMergeFrom(threshold, options.evaluation) &&
    !pair.evidence.some((piece) => piece.kind === "written-identifier")
  );
}

/**
 * The pair's one open suggestion, with this likeness as its likeness reason (other reasons, a shared
 * event, stay) and its score. Returns whether it is new.
 */
async function upsertLikeness(
  trx: Transaction<Database>,
  one: string,
  other: string,
  pair: PairScore,
): Promise<{ id: string; inserted: boolean; customerIds: [string, string] }> {
  const reason = likenessReasonOf(one, other, pair);
  const [a, b] = reason.customerIds;
  const { rows } = await sql<{ id: string; inserted: boolean }>`
    insert into merge_suggestions (customer_a, customer_b, reasons, score)
    values (${a}, ${b}, ${JSON.stringify([reason])}::jsonb, ${pair.score})
    on conflict (customer_a, customer_b) where status = 'open' do update
      set reasons = coalesce(
            (select jsonb_agg(r) from jsonb_array_elements(merge_suggestions.reasons) r
             where r->>'code' <> 'likeness'),
            '[]'::jsonb
          ) || excluded.reasons,
          score = excluded.score
    returning id, (xmax = 0) as inserted
  `.execute(trx);
  const row = rows[0];
  if (!row) throw new Error("the suggestion upsert returned nothing");
  return { ...row, customerIds: [a, b] };
}
