import { defineConfig } from "vitest/config";

// Pure tests only (security policy, formatting, stores); the UI is tested end to end in e2e/.
export default defineConfig({
  test: {
    name: "desktop",
    include: ["src/**/*.test.ts"],
    environment: "node",
    // Pure modules (the few jsdom files get their own environment all the same): one module graph
    // per worker instead of one per file, which was most of this project's time.
    isolate: false,
  },
});
