import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../test/test-database.ts";
import type { EmmaDatabase } from "../connect.ts";
import { migrateToLatest, migrations } from "../migrate.ts";

let database: EmmaDatabase;
beforeAll(async () => {
  database = await createTestDatabase({ migrated: false });
});
afterAll(() => database.close());

describe("migration 0022-consent-history", () => {
  it("turns each imported consent into a record of its channel and purpose, and keeps what fits none", async () => {
    const before = migrations.findIndex(([name]) => name === "0022-consent-history");
    await migrateToLatest(database.db, migrations.slice(0, before));
    const { db } = database;
    const customer = await db
      .insertInto("customers")
      .values({ display_name: "Kurt Kunde" })
      .returning("id")
      .executeTakeFirstOrThrow();
    const at = new Date(Date.UTC(2025, 5, 1));
    await sql`
      insert into consents (customer_id, purpose, granted, source, recorded_at) values
        (${customer.id}, 'email', true, 'branch', ${at}),
        (${customer.id}, 'phone', false, 'app', ${at}),
        (${customer.id}, 'marketing', false, 'letter', ${at}),
        (${customer.id}, 'recording', true, 'phone', ${at}),
        (${customer.id}, 'profiling', true, 'web-form', ${at})
    `.execute(db);
    await migrateToLatest(db, migrations);
    const records = await db
      .selectFrom("consents")
      .select(["channel", "purpose", "state", "how", "note", "recorded_at"])
      .orderBy("note")
      .execute();
    expect(records).toEqual([
      {
        channel: "phone",
        purpose: "service",
        state: "withdrawn",
        how: "import",
        note: "app",
        recorded_at: at,
      },
      {
        channel: "email",
        purpose: "service",
        state: "granted",
        how: "import",
        note: "branch",
        recorded_at: at,
      },
      {
        channel: null,
        purpose: "marketing",
        state: "withdrawn",
        how: "import",
        note: "letter",
        recorded_at: at,
      },
      {
        channel: "phone",
        purpose: "recording",
        state: "granted",
        how: "import",
        note: "phone",
        recorded_at: at,
      },
    ]);
    const { rows } = await sql<{ purpose: string }>`select purpose from consents_unmapped_0022`.execute(db);
    expect(rows).toEqual([{ purpose: "profiling" }]);
  });
});
