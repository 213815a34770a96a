import { createSecretKey, randomBytes, type KeyObject } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import pg from "pg";
import type { DbKind } from "./args.ts";
import { SIMULATED_ACCOUNT_SID } from "@emma/connectors";
import { WEBHOOK_KIND } from "./webhook-contract.ts";
import {
  createApp,
  migrateToLatest,
  openSession,
  openDatabase,
  sealSecrets,
  type App,
  type EmmaDatabase,
  type Logger,
} from "./api.ts";

/** application_name of the app's pool, so pg_stat_activity samples see only the API's statements. */
export const APP_CONNECTION_NAME = "emma_bench_app";

export interface BenchDatabase {
  kind: DbKind;
  label: string;
  database: EmmaDatabase;
  /** PostgreSQL only: a plain pg pool in the same schema, for raw baselines and sampling. */
  rawPool(max: number): pg.Pool | undefined;
  close(): Promise<void>;
}

export const PGLITE_NOTE =
  "PGlite is file-backed here but does not fsync: the demo/dev default, not for production data";

/** A fresh, migrated database: schema bench_<random> on PostgreSQL, a temp data directory for PGlite. */
export async function openBenchDatabase(kind: DbKind, url: string): Promise<BenchDatabase> {
  return kind === "postgres" ? openPostgresBench(url) : openPgliteBench();
}

async function openPostgresBench(url: string): Promise<BenchDatabase> {
  const schema = `bench_${randomBytes(5).toString("hex")}`;
  const appUrl = new URL(url);
  appUrl.searchParams.set("application_name", APP_CONNECTION_NAME);
  const database = await openDatabase({ url: appUrl.toString(), schema });
  const pools: pg.Pool[] = [];
  const close = async () => {
    for (const pool of pools) await pool.end();
    try {
      await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(database.db);
    } finally {
      await database.close();
    }
  };
  try {
    await migrateToLatest(database.db);
  } catch (error) {
    await close();
    throw error;
  }
  return {
    kind: "postgres",
    label: `PostgreSQL schema ${schema}`,
    database,
    rawPool: (max) => {
      // Same search_path as the app's pool, set in the startup packet like openDatabase does.
      const pool = new pg.Pool({
        connectionString: url,
        options: `-c search_path=${schema}`,
        max,
        application_name: "emma_bench_raw",
      });
      pools.push(pool);
      return pool;
    },
    close,
  };
}

async function openPgliteBench(): Promise<BenchDatabase> {
  const dataDir = await mkdtemp(join(tmpdir(), "emma-bench-pglite-"));
  const database = await openDatabase({ dataDir });
  const close = async () => {
    try {
      await database.close();
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  };
  try {
    await migrateToLatest(database.db);
  } catch (error) {
    await close();
    throw error;
  }
  return { kind: "pglite", label: `PGlite dataDir ${dataDir}`, database, rawPool: () => undefined, close };
}

/** Counts what the app logs instead of printing it; the bench prints the counts and the first few. */
export function quietLogger(): Logger & { counts: Record<string, number>; first: string[] } {
  const counts: Record<string, number> = { info: 0, warn: 0, error: 0 };
  const first: string[] = [];
  const line = (level: string) => (message: string, facts?: Record<string, unknown>) => {
    counts[level] = (counts[level] ?? 0) + 1;
    if (level !== "info" && first.length < 5)
      first.push(`${level}: ${message} ${JSON.stringify(facts ?? {})}`);
  };
  return { counts, first, info: line("info"), warn: line("warn"), error: line("error") };
}

export interface RunningApp {
  app: App;
  url: string;
  secretKey: KeyObject;
  log: ReturnType<typeof quietLogger>;
}

export async function startApp(
  database: EmmaDatabase,
  options: { consoleDir?: string; secretKey?: KeyObject } = {},
): Promise<RunningApp> {
  // Instances of one deployment share the key, so a connector sealed by one opens on all.
  const secretKey = options.secretKey ?? createSecretKey(randomBytes(32));
  const log = quietLogger();
  // Workers on, as in production: the inbound retry sweep is part of "fully processed".
  const app = await createApp({ database, log, secretKey, workers: true, consoleDir: options.consoleDir });
  const { url } = await app.listen(0);
  return { app, url, secretKey, log };
}

/** A connector of the normalized webhook kind, with its signing secret sealed as the API stores it. */
export async function createWebhookConnector(
  running: RunningApp,
  database: EmmaDatabase,
): Promise<{ id: string; signingSecret: string }> {
  const signingSecret = randomBytes(24).toString("hex");
  const row = await database.db
    .insertInto("connectors")
    .values({
      kind: WEBHOOK_KIND,
      name: "bench webhook",
      config: JSON.stringify({}),
      secrets: sealSecrets(running.secretKey, { signingSecret }),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return { id: row.id, signingSecret };
}

/** A twilio-voice connector whose public URL is the bench app's own, so signatures match. */
export async function createTwilioConnector(
  running: RunningApp,
  database: EmmaDatabase,
  serviceNumber: string,
): Promise<{ id: string; authToken: string; accountSid: string }> {
  const authToken = randomBytes(24).toString("hex");
  const row = await database.db
    .insertInto("connectors")
    .values({
      kind: "twilio-voice",
      name: "bench twilio",
      config: JSON.stringify({
        publicBaseUrl: running.url,
        accountSid: SIMULATED_ACCOUNT_SID,
        serviceNumbers: [serviceNumber],
      }),
      secrets: sealSecrets(running.secretKey, { authToken }),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return { id: row.id, authToken, accountSid: SIMULATED_ACCOUNT_SID };
}

/** A signed-in agent, made directly (argon2 login is not what is measured). */
export async function createSession(database: EmmaDatabase): Promise<{ userId: string; token: string }> {
  const user = await database.db
    .insertInto("users")
    .values({
      email: `bench-${randomBytes(4).toString("hex")}@bench.example`,
      display_name: "Bench Agent",
      role: "agent",
      password_hash: "not-a-hash",
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const { token } = await openSession(database.db, { userId: user.id, now: new Date() });
  return { userId: user.id, token };
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
