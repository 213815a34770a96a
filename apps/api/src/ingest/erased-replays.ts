import type { InboundMessage, NormalizedIdentity } from "@emma/core";
import type { Transaction } from "kysely";
import type { Database } from "../db/schema.ts";
import { tombstoneHash, type TombstoneKey } from "../features/erasure/tombstone-key.ts";

interface Candidate {
  message: InboundMessage;
  identities: NormalizedIdentity[];
}

/**
 * Erasure wins over replay (DESIGN invariant 8): a message naming an erased identifier that happened
 * at or before that identifier's erasure is a replay or a backfill of the erased past, and is not
 * written. One that happened after it is the person writing again, as a new and clean customer (the
 * erased identities are gone, so it links to nothing).
 */
export async function erasedReplays(
  trx: Transaction<Database>,
  key: TombstoneKey,
  candidates: Candidate[],
): Promise<Set<InboundMessage>> {
  const hashes = new Set(
    candidates.flatMap(({ identities }) => identities.map((i) => tombstoneHash(key, i))),
  );
  const replays = new Set<InboundMessage>();
  if (hashes.size === 0) return replays;
  const tombstones = await trx
    .selectFrom("erasure_tombstones")
    .select(["identity_hash", "erased_at"])
    .where("identity_hash", "in", [...hashes])
    .execute();
  if (tombstones.length === 0) return replays;
  const erasedAt = new Map(tombstones.map((row) => [row.identity_hash, new Date(row.erased_at).getTime()]));
  for (const { message, identities } of candidates) {
    const erased = identities.some((identity) => {
      const at = erasedAt.get(tombstoneHash(key, identity));
      return at !== undefined && message.occurredAt.getTime() <= at;
    });
    if (erased) replays.add(message);
  }
  return replays;
}
