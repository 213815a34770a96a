import { defineProject } from "vitest/config";

export default defineProject({ test: { name: "@emma/core", include: ["src/**/*.test.ts"] } });
