import { sql, type Transaction } from "kysely";
import type { Database } from "./schema.ts";

/**
 * Transaction-scoped advisory locks on text keys: they serialize work on things that may not exist
 * yet (an identity to create, an item a webhook edits), across batches and API instances.
 *
 * "wait" blocks until each lock is free (taken in sorted order, so two callers never deadlock);
 * "skip" takes what is free at once and returns the keys it could not get, so a busy batch worker
 * leaves those events for its next round instead of queueing behind another batch.
 * Read what the locks guard afterwards, in a new statement: a statement's snapshot predates its locks.
 */
export async function lockKeys(
  trx: Transaction<Database>,
  keys: string[],
  mode: "wait" | "skip",
): Promise<Set<string>> {
  const sorted = [...new Set(keys)].sort();
  if (sorted.length === 0) return new Set();
  if (mode === "wait") {
    await sql`select pg_advisory_xact_lock(hashtextextended(k, 0)) from (select unnest(${sorted}::text[]) as k order by 1) sorted`.execute(
      trx,
    );
    return new Set();
  }
  const { rows } = await sql<{ k: string; got: boolean }>`
    select k, pg_try_advisory_xact_lock(hashtextextended(k, 0)) as got from unnest(${sorted}::text[]) as k
  `.execute(trx);
  return new Set(rows.filter((row) => !row.got).map((row) => row.k));
}
