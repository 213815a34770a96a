import type { AuditPeople } from "@emma/core";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";

/** The person filter's choices: every account, switched-off ones too, as they stay in the log. */
export async function listAuditPeople(db: Kysely<Database>): Promise<AuditPeople> {
  const rows = await db
    .selectFrom("users")
    .select(["id", "display_name", "active"])
    .orderBy("display_name")
    .orderBy("id")
    .execute();
  return rows.map((row) => ({ id: row.id, name: row.display_name, active: row.active }));
}
