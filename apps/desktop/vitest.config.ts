import { defineConfig } from "vitest/config";

// Pure tests only (security policy, formatting, stores); the UI is tested end to end in e2e/.
export default defineConfig({
  test: {
    name: "desktop",
    include: ["src/**/*.test.ts"],
    environment: "node",
  },
});
