import { testDatabaseUrl } from "./test-database.ts";

/**
 * For tests that need a real PostgreSQL server (several API instances sharing one database cannot be
 * had with the embedded PGlite). On PGlite it says plainly that they are skipped and why; with
 * TEST_DATABASE_URL set, the same run's `@emma/api (postgres)` project runs them.
 */
export function postgresOnly(what: string): boolean {
  const available = testDatabaseUrl() !== undefined;
  if (!available) {
    console.info(
      `skipped: ${what} needs PostgreSQL; it runs in the @emma/api (postgres) project when TEST_DATABASE_URL is set, as in CI`,
    );
  }
  return available;
}
