import { randomBytes } from "node:crypto";
import { sql } from "kysely";
import { Client } from "pg";
import { openDatabase, type EmmaDatabase } from "../db/connect.ts";
import { migrateToLatest } from "../db/migrate.ts";
import type { ErrorReporter } from "../db/notifications.ts";
import { openPglite } from "../db/open-pglite.ts";
import { discardPgliteTemplate, migratedPgliteTemplate } from "./pglite-template.ts";

export interface TestDatabaseOptions {
  /** Run the migrations; default true. False gives an empty schema, for testing migrations. */
  migrated?: boolean;
  /** Where background failures go; default a console warning. */
  onError?: ErrorReporter;
}

/** The PostgreSQL the suite runs against, or undefined for in-memory PGlite. */
export function testDatabaseUrl(): string | undefined {
  return process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || undefined;
}

/**
 * A migrated, empty database of its own. On PostgreSQL that is a fresh schema, so test files
 * running at once in one database never see each other's rows or notifications; close() drops it.
 */
export async function createTestDatabase(options: TestDatabaseOptions = {}): Promise<EmmaDatabase> {
  const { migrated = true, onError } = options;
  const url = testDatabaseUrl();
  if (!url) return migrated ? openMigratedPglite(onError) : openDatabase({ inMemory: true, onError });
  const schema = `t_${randomBytes(6).toString("hex")}`;
  // Small pools: many test files, each with several databases, share one max_connections.
  const database = await openDatabase({ url, schema, poolSize: 4, onError });
  // An unmigrated database is for a test that runs migrations itself, whenever it likes.
  const releaseUnmigrated = migrated ? undefined : await holdSchemaChanges(url);
  const close = async () => {
    const release = await holdSchemaChanges(url);
    try {
      await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(database.db);
    } finally {
      await release();
      await releaseUnmigrated?.();
      await database.close();
    }
  };
  try {
    if (migrated) {
      const release = await holdSchemaChanges(url);
      try {
        await migrateToLatest(database.db);
      } finally {
        await release();
      }
    }
  } catch (error) {
    await close();
    throw error;
  }
  let closing: Promise<void> | undefined;
  return { ...database, close: () => (closing ??= close()) };
}

/**
 * Test files run side by side in one PostgreSQL database, each creating and dropping schemas. Kysely's
 * migrator reads the catalog of every schema before it takes its own lock, and that read fails when
 * another file drops a schema at that moment ("schema … does not exist", "column … does not exist").
 * So migrations and drops take turns between test processes under an advisory lock, held by one
 * connection per process; within a process it is shared, so a file holding it for an unmigrated
 * database can still open and close others.
 */
const SCHEMA_CHANGES_LOCK = 0x656d6d61_74657374n;
let schemaChanges: { holders: number; locked: Promise<Client> } | undefined;

async function holdSchemaChanges(url: string): Promise<() => Promise<void>> {
  if (!schemaChanges) {
    const client = new Client({ connectionString: url });
    const locked = (async () => {
      await client.connect();
      await client.query(`select pg_advisory_lock(${String(SCHEMA_CHANGES_LOCK)})`);
      return client;
    })();
    schemaChanges = { holders: 0, locked };
  }
  const held = schemaChanges;
  held.holders++;
  let released = false;
  const release = async () => {
    if (released) return;
    released = true;
    held.holders--;
    if (held.holders > 0) return;
    if (schemaChanges === held) schemaChanges = undefined;
    // Ending the session gives the lock up.
    await held.locked.then((client) => client.end()).catch(() => undefined);
  };
  try {
    await held.locked;
  } catch (error) {
    await release();
    throw error;
  }
  return release;
}

async function openMigratedPglite(onError: ErrorReporter | undefined): Promise<EmmaDatabase> {
  try {
    return await openPglite({ dataDir: undefined, loadDataDir: await migratedPgliteTemplate(), onError });
  } catch {
    // A cached template from an interrupted run or another PGlite build: rebuild it once.
    await discardPgliteTemplate();
    return openPglite({ dataDir: undefined, loadDataDir: await migratedPgliteTemplate(), onError });
  }
}
