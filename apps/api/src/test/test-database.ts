import { randomBytes } from "node:crypto";
import { sql } from "kysely";
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
  const close = async () => {
    try {
      await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(database.db);
    } finally {
      await database.close();
    }
  };
  try {
    if (migrated) await migrateToLatest(database.db);
  } catch (error) {
    await close();
    throw error;
  }
  let closing: Promise<void> | undefined;
  return { ...database, close: () => (closing ??= close()) };
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
