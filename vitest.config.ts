import { availableParallelism } from "node:os";
import { defineConfig, type TestProjectInlineConfiguration } from "vitest/config";

const postgresUrl = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || undefined;

/**
 * The API's tests once per database dialect, like kysely's own test matrix: always on the embedded
 * PGlite, and also on PostgreSQL when TEST_DATABASE_URL (or DATABASE_URL) names one. The empty URL
 * keeps the PGlite pass on PGlite although the run's environment names a server.
 */
function apiProjects(): TestProjectInlineConfiguration[] {
  const pass = (dialect: "pglite" | "postgres", url: string): TestProjectInlineConfiguration => ({
    extends: "./apps/api/vitest.config.ts",
    test: {
      name: `@emma/api (${dialect})`,
      root: "./apps/api",
      env: { TEST_DATABASE_URL: url, DATABASE_URL: url, EMMA_TEST_DIALECT: dialect },
    },
  });
  return postgresUrl === undefined
    ? [pass("pglite", "")]
    : [pass("pglite", ""), pass("postgres", postgresUrl)];
}

// One run for the whole workspace; each package with tests is a project of its own.
export default defineConfig({
  test: {
    projects: ["packages/*", "apps/desktop", ...apiProjects()],
    // Vitest's default leaves one core to its main process, which on a 2-core CI machine means a
    // single worker; the main process only transforms and reports, so both cores run test files.
    maxWorkers: availableParallelism(),
  },
});
