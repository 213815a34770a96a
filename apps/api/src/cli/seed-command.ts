import type { CountryCode } from "@emma/core";
import { loadSecretKey } from "../crypto/secret-box.ts";
import { createLogger } from "../logger.ts";
import type { RuntimeConfig } from "../runtime-config.ts";
import { seedDemo } from "../seed/seed-demo.ts";
import { openConfiguredDatabase } from "../start-api.ts";

export const MAX_SEED_CUSTOMERS = 100_000;

export async function runSeed(
  config: RuntimeConfig,
  options: { customers: number; seed: number },
): Promise<void> {
  if (
    !Number.isInteger(options.customers) ||
    options.customers < 1 ||
    options.customers > MAX_SEED_CUSTOMERS
  ) {
    throw new Error(`--customers must be a whole number from 1 to ${MAX_SEED_CUSTOMERS}`);
  }
  if (!Number.isInteger(options.seed)) throw new Error("--seed must be a whole number");
  const database = await openConfiguredDatabase(config);
  try {
    const started = performance.now();
    const summary = await seedDemo(database.db, createLogger({ quiet: true }), {
      customers: options.customers,
      seed: options.seed,
      // A fixed "now" keeps the data identical between runs; the demo command passes the real date.
      now: new Date("2026-11-20T09:00:00Z"),
      defaultCountry: config.EMMA_DEFAULT_COUNTRY as CountryCode,
      secretKey: await loadSecretKey(process.env, config.EMMA_DATA_DIR),
      onProgress: (done, total) => process.stderr.write(`\r  ${done} / ${total} customers`),
    });
    process.stderr.write("\n");
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `Seeded ${summary.customersImported} customers and ${summary.messagesIngested} messages in ${seconds}s (${summary.duplicatesSkipped} already there).`,
    );
  } finally {
    await database.close();
  }
}
