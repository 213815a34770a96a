import { sql, type Kysely } from "kysely";

/** The schema unqualified names resolve to: where the tables, the migration log and channel names live. */
export async function currentSchema<DB>(db: Kysely<DB>): Promise<string> {
  const { rows } = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db);
  const schema = rows[0]?.schema;
  if (!schema) throw new Error("the connection has no current schema: check search_path");
  return schema;
}
