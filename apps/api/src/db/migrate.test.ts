import { sql, type Migration } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { createTestDatabase } from "../test/test-database.ts";
import type { EmmaDatabase } from "./connect.ts";
import { migrateToLatest, migrations, MigrationFailedError } from "./migrate.ts";

describe("migrateToLatest", () => {
  let database: EmmaDatabase | undefined;
  afterEach(async () => {
    await database?.close();
    database = undefined;
  });

  it("applies every migration on a fresh database, then nothing", async () => {
    database = await createTestDatabase({ migrated: false });
    expect(await migrateToLatest(database.db)).toEqual(migrations.map(([name]) => name));
    expect(await migrateToLatest(database.db)).toEqual([]);
    const { rows } = await sql<{ count: number }>`select count(*)::int as count from teams`.execute(
      database.db,
    );
    expect(rows).toEqual([{ count: 0 }]);
  });

  it("hands tests a database already at the latest migration", async () => {
    database = await createTestDatabase();
    expect(await migrateToLatest(database.db)).toEqual([]);
  });

  it("lists migrations in the order kysely runs them (by name)", () => {
    const names = migrations.map(([name]) => name);
    expect(names).toEqual([...names].sort());
    expect(new Set(names).size).toBe(names.length);
  });

  it("names the failed migration and rolls back the whole run", async () => {
    database = await createTestDatabase({ migrated: false });
    const brokenMigration: Migration = {
      up: async (db) => {
        await sql`select * from no_such_table`.execute(db);
      },
    };
    const broken = [...migrations, ["9999-broken", brokenMigration] as const];
    const failure = await migrateToLatest(database.db, broken).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(MigrationFailedError);
    expect(failure).toMatchObject({ migrationName: "9999-broken" });
    expect(String(failure)).toMatch(/migration "9999-broken" failed.*no_such_table/);

    const { rows } = await sql<{ count: number }>`
      select count(*)::int as count from information_schema.tables
      where table_schema = current_schema() and table_name = 'teams'
    `.execute(database.db);
    expect(rows).toEqual([{ count: 0 }]);
  });
});
