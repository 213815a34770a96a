import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "@emma/core",
    include: ["src/**/*.test.ts"],
    // Pure functions without module state a test could leave behind: one module graph per worker
    // instead of one per file, which was most of this project's time.
    isolate: false,
  },
});
