import { Migrator, type Kysely, type Migration, type MigrationProvider } from "kysely";
import { currentSchema } from "./current-schema.ts";
import * as foundation from "./migrations/0001-foundation.ts";
import * as agentConsole from "./migrations/0002-console.ts";
import * as connectorRuntime from "./migrations/0003-connector-runtime.ts";
import * as timelineReadModel from "./migrations/0004-timeline-read-model.ts";
import * as mailDedupeByBytes from "./migrations/0006-mail-dedupe-by-bytes.ts";
import * as unknownCallers from "./migrations/0007-unknown-callers.ts";
import * as loginThrottle from "./migrations/0008-login-throttle.ts";
import * as pollBackoff from "./migrations/0009-poll-backoff.ts";
import * as connectorReconnect from "./migrations/0010-connector-reconnect.ts";
import * as keptFiles from "./migrations/0011-kept-files.ts";
import * as search from "./migrations/0012-search.ts";
import * as queueOrder from "./migrations/0013-queue-order.ts";
import * as macros from "./migrations/0015-macros.ts";
import * as community from "./migrations/0016-community.ts";
import * as communitySearch from "./migrations/0017-community-search.ts";
import * as auditReading from "./migrations/0019-audit-reading.ts";
import * as serviceSettings from "./migrations/0020-service-settings.ts";
import * as userAccounts from "./migrations/0021-user-accounts.ts";
import * as consentHistory from "./migrations/0022-consent-history.ts";
import * as connectorLastCheck from "./migrations/0023-connector-last-check.ts";
import * as holdingsImport from "./migrations/0025-holdings-import.ts";
import * as customerExports from "./migrations/0026-customer-exports.ts";
import * as erasure from "./migrations/0027-erasure.ts";
import * as retention from "./migrations/0028-retention.ts";
import * as matching from "./migrations/0029-matching.ts";
import * as personRecords from "./migrations/0030-person-records.ts";
import * as liveMatchKeys from "./migrations/0031-live-match-keys.ts";
import * as identityCodes from "./migrations/0032-identity-codes.ts";

/**
 * Every migration, in order. A new one is one more line; a shipped one is never renamed or edited,
 * because its name is what the database records. Kysely sorts by name, so names must sort in this
 * order (migrate.test.ts checks).
 */
export const migrations: readonly (readonly [name: string, migration: Migration])[] = [
  ["0001-foundation", foundation],
  ["0002-console", agentConsole],
  ["0003-connector-runtime", connectorRuntime],
  ["0004-timeline-read-model", timelineReadModel],
  ["0006-mail-dedupe-by-bytes", mailDedupeByBytes],
  ["0007-unknown-callers", unknownCallers],
  ["0008-login-throttle", loginThrottle],
  ["0009-poll-backoff", pollBackoff],
  ["0010-connector-reconnect", connectorReconnect],
  ["0011-kept-files", keptFiles],
  ["0012-search", search],
  ["0013-queue-order", queueOrder],
  ["0015-macros", macros],
  ["0016-community", community],
  ["0017-community-search", communitySearch],
  ["0019-audit-reading", auditReading],
  ["0020-service-settings", serviceSettings],
  ["0021-user-accounts", userAccounts],
  ["0022-consent-history", consentHistory],
  ["0023-connector-last-check", connectorLastCheck],
  ["0025-holdings-import", holdingsImport],
  ["0026-customer-exports", customerExports],
  ["0027-erasure", erasure],
  ["0028-retention", retention],
  ["0029-matching", matching],
  ["0030-person-records", personRecords],
  ["0031-live-match-keys", liveMatchKeys],
  ["0032-identity-codes", identityCodes],
];

export class MigrationFailedError extends Error {
  override readonly name = "MigrationFailedError";
  constructor(
    readonly migrationName: string | undefined,
    cause: unknown,
  ) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(
      migrationName
        ? `migration "${migrationName}" failed and was rolled back: ${reason}`
        : `migrations could not start: ${reason}`,
      { cause },
    );
  }
}

/**
 * Applies what is pending, all in one transaction; returns the names applied (none when up to
 * date). Concurrent callers (several API instances starting) wait on kysely's advisory lock.
 * `list` is for tests only.
 */
export async function migrateToLatest<DB>(db: Kysely<DB>, list = migrations): Promise<string[]> {
  const provider: MigrationProvider = { getMigrations: () => Promise.resolve(Object.fromEntries(list)) };
  const migrator = new Migrator({
    db,
    provider,
    // Kysely finds its log table by looking in every schema unless told which; with parallel test
    // schemas in one database it would find someone else's.
    migrationTableSchema: await currentSchema(db),
  });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error !== undefined) {
    throw new MigrationFailedError(results.find((result) => result.status === "Error")?.migrationName, error);
  }
  return results.filter((result) => result.status === "Success").map((result) => result.migrationName);
}
