import { normalizeIdentity, type CountryCode } from "@emma/core";
import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";
import type { DemoCustomer } from "../demo/index.ts";

/**
 * What the bank's system of record already knows: the customer, the identifiers it has on file,
 * accounts and products, consents. Conversations are not imported here; they arrive through ingest.
 * Returns false when the customer was seeded before.
 */
export async function importCustomerRecord(
  db: Kysely<Database>,
  customer: DemoCustomer,
  defaultCountry: CountryCode,
): Promise<boolean> {
  const linked = customer.identities
    .filter((entry) => entry.linked)
    .flatMap((entry) => {
      const result = normalizeIdentity(entry.identity, { defaultCountry });
      return result.ok ? [result.identity] : [];
    });
  const first = linked[0];
  if (first) {
    const known = await db
      .selectFrom("identities")
      .select("id")
      .where("kind", "=", first.kind)
      .where("value", "=", first.value)
      .executeTakeFirst();
    if (known) return false;
  }
  await db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto("customers")
      .values({
        display_name: customer.displayName,
        locale: customer.locale,
        tags: customer.tags,
        customer_number: customer.customerNumber,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const id = row.id;
    if (linked.length > 0) {
      await trx
        .insertInto("identities")
        .values(
          linked.map((identity) => ({
            customer_id: id,
            origin_customer_id: id,
            kind: identity.kind,
            value: identity.value,
            display: identity.display,
          })),
        )
        .onConflict((oc) => oc.columns(["kind", "value"]).doNothing())
        .execute();
    }
    if (customer.products.length > 0) {
      await trx
        .insertInto("customer_products")
        .values(
          customer.products.map((product) => ({
            customer_id: id,
            origin_customer_id: id,
            kind: product.kind,
            name: product.name,
            reference: product.reference,
            status: product.status,
            opened_at: product.openedAt,
            balance_minor: product.balanceMinor,
            currency: product.currency,
            source_system: product.sourceSystem,
            // The demo's system of record names its holdings by their reference.
            external_id: product.reference,
            details: JSON.stringify(product.details),
          })),
        )
        .onConflict((oc) => oc.columns(["source_system", "external_id"]).doNothing())
        .execute();
    }
    if (customer.consents.length > 0) {
      await trx
        .insertInto("consents")
        .values(
          customer.consents.map((consent) => ({
            customer_id: id,
            channel: consent.channel,
            purpose: consent.purpose,
            state: consent.state,
            how: "import" as const,
            note: consent.source,
          })),
        )
        .execute();
    }
  });
  return true;
}
