import { mkdir } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { Kysely, sql } from "kysely";
import type { DatabaseOptions, EmmaDatabase } from "./connect.ts";
import { currentSchema } from "./current-schema.ts";
import { reportToConsole } from "./notifications.ts";
import { createPgliteNotificationBus } from "./pglite-notification-bus.ts";
import { EmmaPgliteDialect } from "./pglite-dialect.ts";
import type { Database } from "./schema.ts";

export interface PgliteOptions extends DatabaseOptions {
  /** Undefined means in memory. One process per data directory: PGlite takes no file lock. */
  dataDir: string | undefined;
  /** Start from a `dumpDataDir()` tarball instead of an empty cluster (the test harness's template). */
  loadDataDir?: Blob;
}

/** Extensions the migrations create (0012: pg_trgm for search); PGlite must load them at every start. */
export const PGLITE_EXTENSIONS = { pg_trgm };

export async function openPglite(options: PgliteOptions): Promise<EmmaDatabase> {
  if (options.dataDir) await mkdir(options.dataDir, { recursive: true });
  const pglite = await PGlite.create({
    dataDir: options.dataDir,
    loadDataDir: options.loadDataDir,
    extensions: PGLITE_EXTENSIONS,
  });
  const db = new Kysely<Database>({ dialect: new EmmaPgliteDialect(pglite) });
  let schema: string;
  try {
    if (options.schema) {
      await sql`create schema if not exists ${sql.id(options.schema)}`.execute(db);
      // One session for the life of the instance, so a session setting holds for every query.
      await sql`set search_path to ${sql.id(options.schema)}`.execute(db);
    }
    schema = await currentSchema(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  const notifications = createPgliteNotificationBus(db, pglite, schema, options.onError ?? reportToConsole);
  let closing: Promise<void> | undefined;
  return {
    db,
    kind: "pglite",
    notifications,
    close: () =>
      (closing ??= (async () => {
        await notifications.close();
        // Also closes PGlite, which flushes a persisted data directory.
        await db.destroy();
      })()),
  };
}
