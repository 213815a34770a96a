import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EmmaDatabase } from "../db/connect.ts";
import { createTestDatabase } from "./test-database.ts";

let database: EmmaDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe("the dialect matrix", () => {
  it("runs each API test project on the database its name promises", () => {
    // Set per project by the root vitest.config.ts; without it one run would not cover both dialects.
    expect(process.env.EMMA_TEST_DIALECT, "run from the repository root").toMatch(/^(pglite|postgres)$/);
    expect(database.kind).toBe(process.env.EMMA_TEST_DIALECT);
  });
});
