import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";

/** Smallest rows that satisfy the foreign keys, for tests about something else. */
export async function insertConnector(db: Kysely<Database>, kind = "email"): Promise<string> {
  const row = await db
    .insertInto("connectors")
    .values({ kind, name: `${kind} test` })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertCustomer(
  db: Kysely<Database>,
  displayName = "Erika Mustermann",
): Promise<string> {
  const row = await db
    .insertInto("customers")
    .values({ display_name: displayName })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}
