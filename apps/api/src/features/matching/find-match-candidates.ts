import { MAX_CANDIDATES, MAX_KEY_SHARERS } from "@emma/core";
import { sql, type Kysely, type Transaction } from "kysely";
import type { Database } from "../../db/schema.ts";

/** Name keys whose holders the scorer counts: a rare name says more than a common one. */
const COUNTED_KEYS = "n:p:%";

export interface MatchCandidates {
  customerIds: string[];
  /** How many customers hold each of the checked customer's name sound keys, it included (at most MAX_KEY_SHARERS + 1). */
  holders: Map<string, number>;
}

/**
 * The other customers sharing the most blocking keys with this one, best first, through the
 * (key, customer) primary key: never a scan. Keys shared by more than MAX_KEY_SHARERS are skipped.
 * Only live customers hold keys (a merge and an erasure take the gone record's away, a check of a
 * record no longer live empties them), so no customer row is read here.
 * The same statement counts who holds each key, so the scorer's name rarity costs no second look.
 */
export async function findMatchCandidates(
  db: Kysely<Database> | Transaction<Database>,
  customerId: string,
  keys: readonly string[],
): Promise<MatchCandidates> {
  if (keys.length === 0) return { customerIds: [], holders: new Map() };
  const { rows } = await candidatesQuery(customerId, keys).execute(db);
  const row = rows[0];
  return {
    customerIds: row?.candidates ?? [],
    holders: new Map(Object.entries(row?.holders ?? {})),
  };
}

/** The one statement behind `findMatchCandidates` (the bench runs it raw beside the whole check). */
export function candidatesQuery(customerId: string, keys: readonly string[]) {
  return sql<{ candidates: string[]; holders: Record<string, number> }>`
    with counted as (
      select k.key, (select count(*)::int from (
        select 1 from customer_match_keys m where m.key = k.key limit ${MAX_KEY_SHARERS + 1}
      ) sharers) as sharers
      from unnest(${[...keys]}::text[]) as k (key)
    ), candidates as (
      select m.customer_id, count(*) as shared
      from counted join customer_match_keys m on m.key = counted.key
      where counted.sharers <= ${MAX_KEY_SHARERS} and m.customer_id <> ${customerId}::uuid
      group by m.customer_id
      order by count(*) desc, m.customer_id
      limit ${MAX_CANDIDATES}
    )
    select
      coalesce((select jsonb_agg(customer_id::text order by shared desc, customer_id) from candidates), '[]'::jsonb)
        as candidates,
      coalesce((select jsonb_object_agg(key, sharers) from counted where key like ${COUNTED_KEYS}), '{}'::jsonb)
        as holders
  `;
}

/** Replaces a customer's blocking keys with these (none for a customer that is no longer live), in one statement. */
export async function replaceMatchKeys(
  db: Kysely<Database> | Transaction<Database>,
  customerId: string,
  keys: readonly string[],
): Promise<void> {
  await sql`
    with gone as (
      delete from customer_match_keys where customer_id = ${customerId}::uuid and not (key = any(${[...keys]}::text[]))
    )
    insert into customer_match_keys (key, customer_id)
    select key, ${customerId}::uuid from unnest(${[...keys]}::text[]) as keys (key)
    on conflict do nothing
  `.execute(db);
}
