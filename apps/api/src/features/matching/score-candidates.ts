import { scorePair, type MatchProfile, type PairContext, type PairScore } from "@emma/core";
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../../db/schema.ts";
import { findMatchCandidates } from "./find-match-candidates.ts";
import { loadMatchProfiles, type ProfileSources } from "./load-match-profiles.ts";

export interface ScoredCandidates {
  pairs: { candidate: MatchProfile; pair: PairScore }[];
  /** The scorer's context (name rarity from the same lookup), to score more customers alike. */
  context: PairContext;
}

/**
 * The customers sharing the most blocking keys with this profile, each scored against it: what the
 * matcher's check suggests from and the console's namesakes list offers from, found and scored once
 * the same way.
 */
export async function scoreCandidates(
  db: Kysely<Database> | Transaction<Database>,
  profile: MatchProfile,
  keys: readonly string[],
  sources: ProfileSources,
): Promise<ScoredCandidates> {
  const { customerIds, holders } = await findMatchCandidates(db, profile.customerId, keys);
  const candidates = await loadMatchProfiles(db, customerIds, sources);
  // The evaluation measured the scorer with name rarity; production scores the same way.
  const context: PairContext = { holders: (key: string) => holders.get(key) ?? 0 };
  return {
    pairs: [...candidates.values()].map((candidate) => ({
      candidate,
      pair: scorePair(profile, candidate, context),
    })),
    context,
  };
}
