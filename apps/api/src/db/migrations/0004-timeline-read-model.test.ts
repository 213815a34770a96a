import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../test/test-database.ts";
import type { EmmaDatabase } from "../connect.ts";
import { migrateToLatest, migrations } from "../migrate.ts";

let database: EmmaDatabase;
beforeAll(async () => {
  database = await createTestDatabase({ migrated: false });
});
afterAll(() => database.close());

describe("migration 0004-timeline-read-model", () => {
  it("fills in agents' names and conversation subjects on items written before it", async () => {
    const before = migrations.findIndex(([name]) => name === "0004-timeline-read-model");
    await migrateToLatest(database.db, migrations.slice(0, before));
    const { db } = database;
    const user = await db
      .insertInto("users")
      .values({ email: "alt@emma.example", display_name: "Alma Alt", role: "agent", password_hash: "x" })
      .returning("id")
      .executeTakeFirstOrThrow();
    const customer = await db
      .insertInto("customers")
      .values({ display_name: "Kurt Kunde" })
      .returning("id")
      .executeTakeFirstOrThrow();
    const conversation = await db
      .insertInto("conversations")
      .values({
        customer_id: customer.id,
        origin_customer_id: customer.id,
        channel: "email",
        external_thread_key: "old-thread",
        subject: "Kreditkarte gesperrt",
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const item = (kind: "message" | "note", author: { author_user_id?: string; author_name?: string }) => ({
      customer_id: customer.id,
      origin_customer_id: customer.id,
      conversation_id: conversation.id,
      channel: "email" as const,
      kind,
      direction: kind === "note" ? ("internal" as const) : ("inbound" as const),
      occurred_at: new Date(),
      body_text: kind,
      metadata: "{}",
      ...author,
    });
    await db
      .insertInto("timeline_events")
      .values([item("message", { author_name: "Kurt Kunde" }), item("note", { author_user_id: user.id })])
      .execute();

    await migrateToLatest(database.db);
    const rows = await db
      .selectFrom("timeline_events")
      .select(["kind", "author_name", "conversation_subject"])
      .orderBy("kind")
      .execute();
    expect(rows).toEqual([
      { kind: "message", author_name: "Kurt Kunde", conversation_subject: "Kreditkarte gesperrt" },
      { kind: "note", author_name: "Alma Alt", conversation_subject: "Kreditkarte gesperrt" },
    ]);
  });
});
