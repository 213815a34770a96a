import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../test/test-database.ts";
import { insertConnector } from "../test/fixtures.ts";
import { openDatabase, type EmmaDatabase } from "./connect.ts";
import { migrateToLatest } from "./migrate.ts";

describe("openDatabase", () => {
  let database: EmmaDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  it("never interleaves concurrent transactions' read-modify-write", async () => {
    const { db } = database;
    const connectorId = await insertConnector(db);
    const { id } = await db
      .insertInto("inbound_events")
      .values({ connector_id: connectorId, dedupe_key: "counter", content_type: "text/plain", body: "" })
      .returning("id")
      .executeTakeFirstOrThrow();

    await Promise.all(
      Array.from({ length: 20 }, () =>
        db.transaction().execute(async (trx) => {
          // FOR UPDATE serializes PostgreSQL's pooled connections; PGlite has one session, which
          // only the driver's connection queue keeps from running the 20 transactions interleaved.
          const row = await trx
            .selectFrom("inbound_events")
            .select("attempts")
            .where("id", "=", id)
            .forUpdate()
            .executeTakeFirstOrThrow();
          await sleep(2);
          await trx
            .updateTable("inbound_events")
            .set({ attempts: row.attempts + 1 })
            .where("id", "=", id)
            .execute();
        }),
      ),
    );

    const row = await db
      .selectFrom("inbound_events")
      .select("attempts")
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect(row.attempts).toBe(20);
  });

  it("rolls back to a savepoint and keeps the rest of the transaction", async () => {
    const trx = await database.db.startTransaction().execute();
    await trx.insertInto("teams").values({ name: "kept" }).execute();
    const savepoint = await trx.savepoint("before_duplicate").execute();
    await expect(savepoint.insertInto("teams").values({ name: "kept" }).execute()).rejects.toMatchObject({
      code: "23505",
    });
    const afterRollback = await savepoint.rollbackToSavepoint("before_duplicate").execute();
    await afterRollback.insertInto("teams").values({ name: "also kept" }).execute();
    await afterRollback.commit().execute();

    const names = await database.db.selectFrom("teams").select("name").orderBy("name").execute();
    expect(names.map((row) => row.name)).toEqual(["also kept", "kept"]);
  });

  it("rejects a schema name that cannot go into search_path unquoted", async () => {
    await expect(openDatabase({ inMemory: true, schema: "Robert'); drop" })).rejects.toThrow(
      /invalid schema name/,
    );
  });

  it("asks for a url, a dataDir or inMemory", async () => {
    await expect(openDatabase({})).rejects.toThrow(/needs a url, a dataDir or inMemory/);
  });
});

describe("openDatabase with PGlite on disk", () => {
  it("creates the data directory and keeps data across restarts", async () => {
    const parent = await mkdtemp(join(tmpdir(), "emma-db-"));
    const dataDir = join(parent, "nested", "db");
    try {
      const first = await openDatabase({ dataDir });
      expect(first.kind).toBe("pglite");
      await migrateToLatest(first.db);
      await first.db.insertInto("teams").values({ name: "Support" }).execute();
      await first.close();
      await first.close();

      const second = await openDatabase({ dataDir });
      expect(await migrateToLatest(second.db)).toEqual([]);
      const teams = await second.db.selectFrom("teams").select("name").execute();
      expect(teams).toEqual([{ name: "Support" }]);
      await second.close();
    } finally {
      await rm(parent, { recursive: true, force: true });
    }
  });

  it("works inside a schema of its own", async () => {
    const database = await openDatabase({ inMemory: true, schema: "tenant_a" });
    await migrateToLatest(database.db);
    const { rows } = await sql<{ schema: string }>`
      select table_schema as schema from information_schema.tables where table_name = 'teams'
    `.execute(database.db);
    expect(rows).toEqual([{ schema: "tenant_a" }]);
    await database.close();
  });
});
