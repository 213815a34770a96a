import { Kysely, PostgresDialect, sql } from "kysely";
import { Pool, type ClientConfig } from "pg";
import type { DatabaseOptions, EmmaDatabase } from "./connect.ts";
import { reportToConsole } from "./notifications.ts";
import { createPostgresNotificationBus } from "./postgres-notification-bus.ts";
import type { Database } from "./schema.ts";

export async function openPostgres(options: DatabaseOptions & { url: string }): Promise<EmmaDatabase> {
  const report = options.onError ?? reportToConsole;
  const connection = connectionConfig(options.url, options.schema);
  const pool = new Pool({ ...connection, max: options.poolSize ?? 10 });
  // Without a listener an idle client's error (server restart, network) would crash the process.
  pool.on("error", (error) => report(error, "idle database connection failed"));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    if (options.schema) await ensureSchema(db, options.schema);
    else await sql`select 1`.execute(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  const notifications = createPostgresNotificationBus(connection, report);
  let closing: Promise<void> | undefined;
  return {
    db,
    kind: "postgres",
    notifications,
    close: () =>
      (closing ??= (async () => {
        await notifications.close();
        await db.destroy();
      })()),
  };
}

/**
 * The search_path goes in the startup packet, so every pooled connection is in the schema from its
 * first query. pg lets connection-string parameters override the config object, hence an `options`
 * already in the URL is moved out and combined.
 */
function connectionConfig(url: string, schema: string | undefined): ClientConfig {
  if (!schema) return { connectionString: url };
  const parsed = new URL(url);
  const fromUrl = parsed.searchParams.get("options");
  parsed.searchParams.delete("options");
  const options = [fromUrl, `-c search_path=${schema}`].filter(Boolean).join(" ");
  return { connectionString: parsed.toString(), options };
}

async function ensureSchema(db: Kysely<Database>, schema: string): Promise<void> {
  // Checked first: CREATE SCHEMA IF NOT EXISTS still needs CREATE on the database.
  const { rows } = await sql<{ found: boolean }>`
    select exists (select 1 from pg_namespace where nspname = ${schema}) as found
  `.execute(db);
  if (!rows[0]?.found) await sql`create schema if not exists ${sql.id(schema)}`.execute(db);
}
