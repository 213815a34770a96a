import type { ConsentRecord } from "@emma/core";
import type { Kysely, Selectable, Transaction } from "kysely";
import type { ConsentsTable, Database } from "../../db/schema.ts";
import { inMergedSubtree } from "../customers/resolve-customer-id.ts";

export function presentConsentRecord(row: Selectable<ConsentsTable>): ConsentRecord {
  return {
    id: row.id,
    channel: row.channel,
    purpose: row.purpose,
    state: row.state,
    how: row.how,
    at: row.recorded_at.toISOString(),
    recordedBy: row.recorded_by,
    note: row.note,
  };
}

/**
 * A live customer's consent history, newest first. A decision recorded for a customer later
 * merged into this one still binds us, so it counts as theirs.
 */
export async function consentRecordsOf(
  db: Kysely<Database> | Transaction<Database>,
  liveCustomerId: string,
): Promise<(ConsentRecord & { recordedByName: string | null; sourceItemId: string | null })[]> {
  const rows = await db
    .selectFrom("consents")
    .leftJoin("users", "users.id", "consents.recorded_by")
    .selectAll("consents")
    .select("users.display_name as recorded_by_name")
    .where(inMergedSubtree("consents.customer_id", liveCustomerId))
    .orderBy("consents.recorded_at", "desc")
    .orderBy("consents.id")
    .execute();
  return rows.map((row) => ({
    ...presentConsentRecord(row),
    recordedByName: row.recorded_by_name,
    sourceItemId: row.source_item_id,
  }));
}
