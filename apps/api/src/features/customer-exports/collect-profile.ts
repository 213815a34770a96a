import { parsePostalAddress, type CustomerExport } from "@emma/core";
import { sql, type Kysely, type Selectable } from "kysely";
import type { CustomersTable, Database } from "../../db/schema.ts";

type ExportProfile = Pick<
  CustomerExport,
  "customer" | "mergedRecords" | "identities" | "holdings" | "consents"
>;

/**
 * The person's records (theirs and every one merged into them), identities with where they came
 * from, holdings and every consent decision. `recordIds` is the merged subtree, the person first.
 */
export async function collectProfile(db: Kysely<Database>, recordIds: string[]): Promise<ExportProfile> {
  const records = await db
    .selectFrom("customers")
    .selectAll()
    // A date: as text, so both drivers give the same "1985-03-07".
    .select(sql<string | null>`birth_date::text`.as("birth_date_text"))
    .where("id", "in", recordIds)
    .execute();
  const person = records.find((record) => record.id === recordIds[0]);
  if (!person) throw new Error("The customer no longer exists");
  const identities = await db
    .selectFrom("identities as i")
    .leftJoin("connectors as c", "c.id", "i.connector_id")
    .leftJoin("users as u", "u.id", "i.linked_by")
    .select([
      "i.kind",
      "i.value",
      "i.display",
      "i.created_at",
      "i.first_inbound_event_id",
      "i.origin_customer_id",
      "c.name as connector_name",
      "u.display_name as linked_by_name",
    ])
    .where("i.customer_id", "in", recordIds)
    .orderBy("i.created_at")
    .execute();
  const holdings = await db
    .selectFrom("customer_products")
    .selectAll()
    // A date: as text, so both drivers give the same "2024-05-01".
    .select(sql<string | null>`opened_at::text`.as("opened_on"))
    .where("customer_id", "in", recordIds)
    .orderBy("opened_at")
    .orderBy("name")
    .execute();
  const consents = await db
    .selectFrom("consents as c")
    .leftJoin("users as u", "u.id", "c.recorded_by")
    .select([
      "c.channel",
      "c.purpose",
      "c.state",
      "c.how",
      "c.recorded_at",
      "c.note",
      "u.display_name as recorded_by_name",
    ])
    .where("c.customer_id", "in", recordIds)
    .orderBy("c.recorded_at")
    .orderBy("c.id")
    .execute();
  return {
    customer: exportedRecord(person),
    mergedRecords: records
      .filter((record) => record.id !== person.id)
      .sort((a, b) => a.created_at.getTime() - b.created_at.getTime())
      .map(exportedRecord),
    identities: identities.map((row) => ({
      kind: row.kind,
      value: row.value,
      display: row.display,
      firstSeenAt: row.created_at.toISOString(),
      firstSeenBy: row.connector_name,
      firstInboundEventId: row.first_inbound_event_id,
      linkedBy: row.linked_by_name,
      recordId: row.origin_customer_id,
    })),
    holdings: holdings.map((row) => ({
      kind: row.kind,
      name: row.name,
      reference: row.reference,
      status: row.status,
      openedAt: row.opened_on,
      balanceMinor: row.balance_minor === null ? null : Number(row.balance_minor),
      currency: row.currency,
      sourceSystem: row.source_system,
      externalId: row.external_id,
      syncedAt: row.synced_at.toISOString(),
    })),
    consents: consents.map((row) => ({
      channel: row.channel,
      purpose: row.purpose,
      state: row.state,
      how: row.how,
      recordedAt: row.recorded_at.toISOString(),
      recordedBy: row.recorded_by_name,
      note: row.note,
    })),
  };
}

function exportedRecord(
  row: Selectable<CustomersTable> & { birth_date_text: string | null },
): CustomerExport["customer"] {
  return {
    id: row.id,
    displayName: row.display_name,
    locale: row.locale,
    customerNumber: row.customer_number,
    recordName: row.record_name,
    birthDate: row.birth_date_text,
    postalAddress: parsePostalAddress(row.postal_address),
    tags: row.tags,
    createdAt: row.created_at.toISOString(),
    mergedInto: row.merged_into,
    erasedAt: row.erased_at?.toISOString() ?? null,
  };
}
