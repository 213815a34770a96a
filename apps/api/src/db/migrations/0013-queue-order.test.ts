import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../test/test-database.ts";
import type { EmmaDatabase } from "../connect.ts";
import { migrateToLatest, migrations } from "../migrate.ts";

let database: EmmaDatabase;
beforeAll(async () => {
  database = await createTestDatabase({ migrated: false });
});
afterAll(() => database.close());

const at = (hour: number) => new Date(Date.UTC(2026, 2, 2, hour));

describe("migration 0013-queue-order", () => {
  it("works out from their timelines since when customers of older conversations wait", async () => {
    const before = migrations.findIndex(([name]) => name === "0013-queue-order");
    await migrateToLatest(database.db, migrations.slice(0, before));
    const { db } = database;
    const customer = await db
      .insertInto("customers")
      .values({ display_name: "Kurt Kunde" })
      .returning("id")
      .executeTakeFirstOrThrow();
    const conversation = async (thread: string, channel: "email" | "phone", status: "open" | "resolved") =>
      (
        await db
          .insertInto("conversations")
          .values({
            customer_id: customer.id,
            origin_customer_id: customer.id,
            channel,
            external_thread_key: thread,
            status,
          })
          .returning("id")
          .executeTakeFirstOrThrow()
      ).id;
    const answeredThenWrote = await conversation("a", "email", "open");
    const resolved = await conversation("b", "email", "resolved");
    const missedCall = await conversation("c", "phone", "open");
    const item = (
      conversationId: string,
      hour: number,
      direction: "inbound" | "outbound",
      metadata: Record<string, unknown> = {},
    ) => ({
      customer_id: customer.id,
      origin_customer_id: customer.id,
      conversation_id: conversationId,
      channel: "call" in metadata ? ("phone" as const) : ("email" as const),
      kind: "call" in metadata ? ("call" as const) : ("message" as const),
      direction,
      occurred_at: at(hour),
      body_text: "",
      metadata: JSON.stringify(metadata),
    });
    await db
      .insertInto("timeline_events")
      .values([
        item(answeredThenWrote, 9, "inbound"),
        item(answeredThenWrote, 10, "outbound"),
        item(answeredThenWrote, 11, "inbound"),
        item(answeredThenWrote, 12, "inbound", { automated: { kind: "auto-reply", signals: ["x"] } }),
        item(resolved, 9, "inbound"),
        item(missedCall, 8, "inbound", { call: { status: "no-answer", from: "+4930", to: "+4940" } }),
      ])
      .execute();

    await migrateToLatest(database.db);
    const rows = await db
      .selectFrom("conversations")
      .select(["id", "waiting_since", "answered_at"])
      .orderBy("external_thread_key")
      .execute();
    expect(rows).toEqual([
      { id: answeredThenWrote, waiting_since: at(11), answered_at: at(10) },
      { id: resolved, waiting_since: null, answered_at: expect.any(Date) as unknown },
      { id: missedCall, waiting_since: at(8), answered_at: null },
    ]);
  });
});
