import { existsSync } from "node:fs";
import type { CountryCode } from "@emma/core";
import { createApp, type App } from "./create-app.ts";
import { loadSecretKey } from "./crypto/secret-box.ts";
import { openDatabase, type EmmaDatabase } from "./db/connect.ts";
import { lockDataDir } from "./db/data-dir-lock.ts";
import { migrateToLatest } from "./db/migrate.ts";
import { createLogger } from "./logger.ts";
import type { RuntimeConfig } from "./runtime-config.ts";
import type { Logger } from "./services.ts";

export async function openConfiguredDatabase(config: RuntimeConfig): Promise<EmmaDatabase> {
  if (config.DATABASE_URL) {
    const database = await openDatabase({ url: config.DATABASE_URL });
    await migrateToLatest(database.db);
    return database;
  }
  const unlock = await lockDataDir(`${config.EMMA_DATA_DIR}/db.lock`);
  try {
    const database = await openDatabase({ dataDir: `${config.EMMA_DATA_DIR}/db` });
    await migrateToLatest(database.db);
    return {
      ...database,
      close: async () => {
        await database.close();
        await unlock();
      },
    };
  } catch (error) {
    await unlock();
    throw error;
  }
}

/** Opens and migrates the database, then serves API and console until the process is stopped. */
export async function startApi(
  config: RuntimeConfig,
  log: Logger = createLogger(),
): Promise<{ app: App; url: string; consoleServed: boolean }> {
  const database = await openConfiguredDatabase(config);
  const consoleDir = existsSync(config.EMMA_CONSOLE_DIR) ? config.EMMA_CONSOLE_DIR : undefined;
  const app = await createApp({
    database,
    log,
    secretKey: await loadSecretKey(process.env, config.EMMA_DATA_DIR),
    defaultCountry: config.EMMA_DEFAULT_COUNTRY as CountryCode,
    allowedOrigins: config.EMMA_CONSOLE_ORIGINS,
    consoleDir,
    fileFetch: { maxBytes: config.EMMA_FILE_MAX_BYTES, allowedAddresses: config.EMMA_FILE_FETCH_ALLOW },
    liveHoldingsUrls: config.EMMA_LIVE_HOLDINGS_URLS,
    ingestRetryUnitMs: config.EMMA_INGEST_RETRY_UNIT_MS,
  });
  const { url } = await app.listen(config.PORT, config.HOST);
  const stop = async () => {
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void stop());
  process.once("SIGTERM", () => void stop());
  log.info("Emma API listening", { url, database: database.kind });
  return { app, url, consoleServed: consoleDir !== undefined };
}
