import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EmmaDatabase } from "../../db/connect.ts";
import { createTestDatabase } from "../../test/test-database.ts";
import { loadMatchProfiles } from "./load-match-profiles.ts";

let database: EmmaDatabase;
const ids = { root: "", absorbed: "", deeper: "", erased: "" };
const now = new Date();

async function customer(values: {
  display_name: string;
  record_name?: string;
  merged_into?: string;
  erased_at?: Date;
  birth_date?: string;
  postal_address?: string;
  customer_number?: string;
}) {
  const row = await database.db
    .insertInto("customers")
    .values(values)
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.db;
  ids.root = await customer({
    display_name: "Anna Schneider",
    record_name: "Anna Maria Schneider",
    customer_number: "K-1",
    birth_date: "1985-03-07",
    postal_address: JSON.stringify({
      street: "Hauptstraße",
      houseNumber: "12",
      postalCode: "10115",
      city: "Berlin",
      country: "DE",
    }),
  });
  ids.absorbed = await customer({ display_name: "A. Schneider", merged_into: ids.root });
  ids.deeper = await customer({ display_name: "anna_s85", merged_into: ids.absorbed });
  ids.erased = await customer({ display_name: "", erased_at: now });
  // Identities of merged records live on the root: a merge moves them there.
  await db
    .insertInto("identities")
    .values([
      {
        customer_id: ids.root,
        origin_customer_id: ids.root,
        kind: "email",
        value: "anna@example.de",
        display: "anna@example.de",
      },
      {
        customer_id: ids.root,
        origin_customer_id: ids.deeper,
        kind: "twitter",
        value: "123",
        display: "@anna_s85",
      },
    ])
    .execute();
  await db
    .insertInto("customer_products")
    .values({
      customer_id: ids.root,
      origin_customer_id: ids.root,
      source_system: "core-banking",
      external_id: "acc-1",
      kind: "account",
      name: "Girokonto",
      reference: "DE89 3704 0044 0532 0130 00",
      synced_at: now,
    })
    .execute();
});
afterAll(() => database.close());

describe("match profiles", () => {
  it("hold the person's names from every merged record, the system of record's facts, identities and IBANs; none for records that are not live", async () => {
    const profiles = await loadMatchProfiles(database.db, Object.values(ids), {
      extractWritten: () => [],
      defaultCountry: "DE",
      now,
    });
    expect([...profiles.keys()]).toEqual([ids.root]);
    const profile = profiles.get(ids.root);
    expect(profile?.names).toEqual(
      expect.arrayContaining([
        { value: "Anna Schneider", source: "customer" },
        { value: "Anna Maria Schneider", source: "record" },
        { value: "A. Schneider", source: "customer" },
        { value: "anna_s85", source: "customer" },
        { value: "@anna_s85", source: "twitter" },
      ]),
    );
    expect(profile?.names).not.toContainEqual(expect.objectContaining({ value: "anna@example.de" }));
    expect(profile).toMatchObject({
      birthDate: "1985-03-07",
      customerNumber: "K-1",
      address: {
        street: "Hauptstraße",
        houseNumber: "12",
        postalCode: "10115",
        city: "Berlin",
        country: "DE",
      },
      ibans: ["DE89370400440532013000"],
    });
    expect(profile?.identities).toHaveLength(2);
  });
});
