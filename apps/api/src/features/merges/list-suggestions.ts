import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";

/** Open merge suggestions, newest first, with both customers' names and identities for the banner. */
export async function listSuggestions(db: Kysely<Database>, customerId: string | undefined) {
  let query = db
    .selectFrom("merge_suggestions as s")
    .innerJoin("customers as a", "a.id", "s.customer_a")
    .innerJoin("customers as b", "b.id", "s.customer_b")
    .select([
      "s.id",
      "s.customer_a",
      "s.customer_b",
      "s.reasons",
      "s.created_at",
      "a.display_name as name_a",
      "b.display_name as name_b",
    ])
    .where("s.status", "=", "open")
    .orderBy("s.created_at", "desc")
    .limit(200);
  if (customerId)
    query = query.where((eb) =>
      eb.or([eb("s.customer_a", "=", customerId), eb("s.customer_b", "=", customerId)]),
    );
  const rows = await query.execute();
  return rows.map((row) => ({
    id: row.id,
    customers: [
      { id: row.customer_a, displayName: row.name_a },
      { id: row.customer_b, displayName: row.name_b },
    ],
    reasons: row.reasons,
    createdAt: row.created_at.toISOString(),
  }));
}
