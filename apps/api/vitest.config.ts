import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "@emma/api",
    include: ["src/**/*.test.ts"],
    // Each test database is a fresh PGlite or PostgreSQL schema plus migrations: seconds, not millis.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Importing the app's module graph (and PGlite's) again for every file was half of the unit
    // run. Files share a worker's modules instead: every test file opens its own database and app,
    // and the API keeps no state in modules beyond caches of constant facts.
    isolate: false,
  },
});
