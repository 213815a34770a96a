import { testDatabaseUrl } from "./test-database.ts";

/**
 * For tests that need a real PostgreSQL server (several API instances sharing one database cannot be
 * had with the embedded PGlite). On PGlite it says plainly that they are skipped and why; CI runs
 * them in its PostgreSQL pass.
 */
export function postgresOnly(what: string): boolean {
  const available = testDatabaseUrl() !== undefined;
  if (!available) {
    console.info(
      `skipped: ${what} needs PostgreSQL; set TEST_DATABASE_URL to run it (CI's PostgreSQL pass does)`,
    );
  }
  return available;
}
