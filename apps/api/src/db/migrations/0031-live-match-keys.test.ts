import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../test/test-database.ts";
import type { EmmaDatabase } from "../connect.ts";
import { migrateToLatest, migrations } from "../migrate.ts";

let database: EmmaDatabase;
beforeAll(async () => {
  database = await createTestDatabase({ migrated: false });
});
afterAll(() => database.close());

describe("migration 0031-live-match-keys", () => {
  it("takes the blocking keys of records merged away or erased before merges took them, and keeps the live ones'", async () => {
    const before = migrations.findIndex(([name]) => name === "0031-live-match-keys");
    await migrateToLatest(database.db, migrations.slice(0, before));
    const { db } = database;
    const [live, merged, erased] = await db
      .insertInto("customers")
      .values([
        { display_name: "Anna Schneider" },
        { display_name: "Anna Schneider" },
        { display_name: "Ben Wolf" },
      ])
      .returning("id")
      .execute();
    if (!live || !merged || !erased) throw new Error("three customers expected");
    await db.updateTable("customers").set({ merged_into: live.id }).where("id", "=", merged.id).execute();
    await db.updateTable("customers").set({ erased_at: new Date() }).where("id", "=", erased.id).execute();
    await db
      .insertInto("customer_match_keys")
      .values([live, merged, erased].map((customer) => ({ key: "n:p:8627:06", customer_id: customer.id })))
      .execute();

    await migrateToLatest(db, migrations);
    const left = await db.selectFrom("customer_match_keys").select("customer_id").execute();
    expect(left).toEqual([{ customer_id: live.id }]);
  });
});
