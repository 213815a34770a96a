import { defineConfig } from "vitest/config";

// One run for the whole workspace; each package with tests is a project of its own.
export default defineConfig({
  test: {
    projects: ["packages/*", "apps/*"],
  },
});
