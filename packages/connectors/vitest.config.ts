import { defineProject } from "vitest/config";

export default defineProject({ test: { name: "@emma/connectors", include: ["src/**/*.test.ts"] } });
