import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../test/test-database.ts";
import { insertCustomer } from "../test/fixtures.ts";
import type { EmmaDatabase } from "./connect.ts";

describe("timeline_events.search", () => {
  let database: EmmaDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    const customerId = await insertCustomer(database.db);
    const base = {
      customer_id: customerId,
      origin_customer_id: customerId,
      channel: "email",
      kind: "message",
      direction: "inbound",
      occurred_at: new Date(),
    } as const;
    await database.db
      .insertInto("timeline_events")
      .values([
        { ...base, external_id: "de", subject: "Frage", body_text: "Meine Kontoauszüge fehlen" },
        {
          ...base,
          external_id: "en",
          subject: "Question",
          body_text: "My card payments were declined twice",
        },
      ])
      .execute();
  });
  afterAll(() => database.close());

  async function find(config: "german" | "english", query: string): Promise<string[]> {
    const rows = await database.db
      .selectFrom("timeline_events")
      .select("external_id")
      .where(sql<boolean>`search @@ websearch_to_tsquery(${config}::regconfig, ${query})`)
      .orderBy("external_id")
      .execute();
    return rows.map((row) => row.external_id ?? "");
  }

  it("finds a German message by a stem", async () => {
    expect(await find("german", "Kontoauszug")).toEqual(["de"]);
  });

  it("finds an English message by a stem", async () => {
    expect(await find("english", "payment declined")).toEqual(["en"]);
  });

  it("finds the subject and nothing unrelated", async () => {
    expect(await find("german", "Frage")).toEqual(["de"]);
    expect(await find("german", "Überweisung")).toEqual([]);
  });
});
