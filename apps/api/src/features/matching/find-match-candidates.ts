import { MAX_CANDIDATES } from "@emma/core";
import { sql, type Kysely, type Transaction } from "kysely";
import type { Database } from "../../db/schema.ts";

/**
 * A key more customers than this share (a very common name) finds nobody in particular: comparing
 * with all of them would be a scan by another name, and the other keys still find the real twins.
 */
export const MAX_KEY_SHARERS = 500;

/**
 * The other live customers sharing the most blocking keys with this one, best first, through the
 * (key, customer) primary key: never a scan. Keys shared by more than MAX_KEY_SHARERS are skipped.
 */
export async function findMatchCandidates(
  db: Kysely<Database> | Transaction<Database>,
  customerId: string,
  keys: readonly string[],
): Promise<string[]> {
  if (keys.length === 0) return [];
  const { rows } = await candidatesQuery(customerId, keys).execute(db);
  return rows.map((row) => row.customer_id);
}

/** The one statement behind `findMatchCandidates` (the bench runs it raw beside the whole check). */
export function candidatesQuery(customerId: string, keys: readonly string[]) {
  return sql<{ customer_id: string }>`
    with usable as (
      select k.key from unnest(${[...keys]}::text[]) as k (key)
      where (select count(*) from (
        select 1 from customer_match_keys m where m.key = k.key limit ${MAX_KEY_SHARERS + 1}
      ) sharers) <= ${MAX_KEY_SHARERS}
    )
    select m.customer_id
    from usable join customer_match_keys m on m.key = usable.key
    join customers c on c.id = m.customer_id and c.merged_into is null and c.erased_at is null
    where m.customer_id <> ${customerId}::uuid
    group by m.customer_id
    order by count(*) desc, m.customer_id
    limit ${MAX_CANDIDATES}
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
