import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "@emma/connectors",
    include: ["src/**/*.test.ts"],
    // Each test brings its own clients, servers and simulators; nothing lives in module state that
    // one file could leave for the next, so files share a worker's module graph instead of each
    // importing its own.
    isolate: false,
  },
});
