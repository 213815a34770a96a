import { sql, type Kysely, type Transaction } from "kysely";
import type { Database } from "../../db/schema.ts";

/**
 * Asks the matcher to look at these customers (again) now: one statement however many. A customer
 * already waiting becomes due now; one being checked is checked once more when that check ends
 * (its new due time tells the worker, see `finishMatchCheck`), never twice at once.
 */
export async function enqueueMatchChecks(
  db: Kysely<Database> | Transaction<Database>,
  customerIds: Iterable<string>,
  now: Date,
): Promise<void> {
  const ids = [...new Set(customerIds)].sort();
  if (ids.length === 0) return;
  await sql`
    insert into match_checks (customer_id, due_at)
    select id, ${now}::timestamptz from unnest(${ids}::uuid[]) as ids (id)
    on conflict (customer_id) do update
      set due_at = least(match_checks.due_at, excluded.due_at), attempts = 0, last_error = null
  `.execute(db);
}
