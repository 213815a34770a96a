import type { Kysely } from "kysely";
import type { NotificationBus, ErrorReporter } from "./notifications.ts";
import { openPglite } from "./open-pglite.ts";
import { openPostgres } from "./open-postgres.ts";
import type { Database } from "./schema.ts";

export interface DatabaseOptions {
  /** postgres://… — when set, PostgreSQL; otherwise embedded PGlite. */
  url?: string;
  /** PGlite data directory, created if missing. Ignored with `url`. */
  dataDir?: string;
  /** PGlite in memory (tests, throwaway demos). Ignored with `url`. */
  inMemory?: boolean;
  /** Schema every connection works in (set as search_path), created if missing. */
  schema?: string;
  /** PostgreSQL pool size; default 10. */
  poolSize?: number;
  /** Failures with no caller to throw to; default a one-line console warning. */
  onError?: ErrorReporter;
}

export interface EmmaDatabase {
  db: Kysely<Database>;
  kind: "postgres" | "pglite";
  notifications: NotificationBus;
  /** Stops listening and closes every connection; safe to call twice. */
  close(): Promise<void>;
}

export async function openDatabase(options: DatabaseOptions): Promise<EmmaDatabase> {
  if (options.schema !== undefined) assertSchemaName(options.schema);
  if (options.url) return openPostgres({ ...options, url: options.url });
  if (!options.inMemory && !options.dataDir) {
    throw new Error("openDatabase needs a url, a dataDir or inMemory: true");
  }
  return openPglite({ ...options, dataDir: options.inMemory ? undefined : options.dataDir });
}

// Goes into a `-c search_path=` connection option, where quoting would need its own escaping.
function assertSchemaName(schema: string): void {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new Error(`invalid schema name "${schema}": use lower-case letters, digits and _`);
  }
}
