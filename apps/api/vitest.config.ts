import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "@emma/api",
    include: ["src/**/*.test.ts"],
    // Each test database is a fresh PGlite or PostgreSQL schema plus migrations: seconds, not millis.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
