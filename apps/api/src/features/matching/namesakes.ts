import { MAX_NAMESAKES, blockingKeysOf, isNamesakeToCheck, type Namesakes } from "@emma/core";
import { TRPCError } from "@trpc/server";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import { describeCustomers } from "../merges/live-suggestions.ts";
import { loadMatchProfiles, type ProfileSources } from "./load-match-profiles.ts";
import { pairExclusions } from "./match-exclusions.ts";
import { scoreCandidates } from "./score-candidates.ts";

/**
 * The customer's namesakes to check (core's isNamesakeToCheck): found and scored as the matcher
 * does, read-only and on demand, so nothing is stored that could go stale. Pairs a person marked
 * as two people, or dismissed, are left out.
 */
export async function namesakesOf(
  db: Kysely<Database>,
  customerId: string,
  sources: ProfileSources,
): Promise<Namesakes> {
  const profile = (await loadMatchProfiles(db, [customerId], sources)).get(customerId);
  if (!profile)
    throw new TRPCError({ code: "NOT_FOUND", message: "No such customer (merged away or erased)" });
  const { pairs } = await scoreCandidates(db, profile, blockingKeysOf(profile), sources);
  const offered = pairs
    .filter(({ pair }) => isNamesakeToCheck(pair))
    .map(({ candidate, pair }) => ({ id: candidate.customerId, pair }))
    .sort((a, b) => b.pair.score - a.pair.score || a.id.localeCompare(b.id));
  if (offered.length === 0) return [];
  const decided = await pairExclusions(
    db,
    customerId,
    offered.map(({ id }) => id),
  );
  const open = offered
    .filter(({ id }) => !decided.distinct.has(id) && !decided.dismissedAt.has(id))
    .slice(0, MAX_NAMESAKES);
  const described = await describeCustomers(
    db,
    open.map(({ id }) => id),
  );
  return open.flatMap(({ id }) => {
    const customer = described.get(id);
    return customer ? [customer] : [];
  });
}
