import { sql, type Kysely } from "kysely";

/**
 * Only live customers hold blocking keys: a merge now takes the absorbed record's keys away in its
 * transaction, so the candidates lookup reads no customer rows. Records merged before that kept
 * theirs; they go here, once.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    delete from customer_match_keys k
    using customers c
    where c.id = k.customer_id and (c.merged_into is not null or c.erased_at is not null)
  `.execute(db);
}
