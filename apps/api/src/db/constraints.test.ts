import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../test/test-database.ts";
import { insertConnector, insertCustomer } from "../test/fixtures.ts";
import type { EmmaDatabase } from "./connect.ts";

// The idempotency DESIGN.md promises ("nothing is duplicated") rests on these unique keys.
describe("unique keys", () => {
  let database: EmmaDatabase;
  let connectorId: string;
  let customerId: string;
  beforeAll(async () => {
    database = await createTestDatabase();
    connectorId = await insertConnector(database.db);
    customerId = await insertCustomer(database.db);
  });
  afterAll(() => database.close());

  const uniqueViolation = { code: "23505" };

  it("gives one identity per (kind, value)", async () => {
    const { db } = database;
    const other = await insertCustomer(db, "Max Mustermann");
    await db
      .insertInto("identities")
      .values({
        customer_id: customerId,
        origin_customer_id: customerId,
        kind: "email",
        value: "erika@example.de",
      })
      .execute();
    await db
      .insertInto("identities")
      .values({
        customer_id: customerId,
        origin_customer_id: customerId,
        kind: "phone",
        value: "erika@example.de",
      })
      .execute();
    await expect(
      db
        .insertInto("identities")
        .values({ customer_id: other, origin_customer_id: other, kind: "email", value: "erika@example.de" })
        .execute(),
    ).rejects.toMatchObject(uniqueViolation);
  });

  it("stores an inbound event once per (connector, dedupe key)", async () => {
    const { db } = database;
    const event = {
      connector_id: connectorId,
      dedupe_key: "evt-1",
      content_type: "application/json",
      body: "{}",
    };
    await db
      .insertInto("inbound_events")
      .values(event)
      .onConflict((oc) => oc.doNothing())
      .execute();
    await db
      .insertInto("inbound_events")
      .values(event)
      .onConflict((oc) => oc.doNothing())
      .execute();
    await expect(db.insertInto("inbound_events").values(event).execute()).rejects.toMatchObject(
      uniqueViolation,
    );
    const rows = await db
      .selectFrom("inbound_events")
      .select("id")
      .where("dedupe_key", "=", "evt-1")
      .execute();
    expect(rows).toHaveLength(1);
  });

  it("threads once per (connector, external thread key)", async () => {
    const { db } = database;
    const thread = {
      customer_id: customerId,
      origin_customer_id: customerId,
      connector_id: connectorId,
      channel: "email",
      external_thread_key: "<a@x>",
    } as const;
    await db.insertInto("conversations").values(thread).execute();
    await expect(db.insertInto("conversations").values(thread).execute()).rejects.toMatchObject(
      uniqueViolation,
    );
    const otherConnector = await insertConnector(db);
    await db
      .insertInto("conversations")
      .values({ ...thread, connector_id: otherConnector })
      .execute();
  });

  it("keeps one timeline event per (connector, external id) when ingested twice", async () => {
    const { db } = database;
    const item = {
      customer_id: customerId,
      origin_customer_id: customerId,
      connector_id: connectorId,
      channel: "email",
      kind: "message",
      direction: "inbound",
      occurred_at: new Date("2024-05-01T10:00:00Z"),
      body_text: "Hallo",
      external_id: "msg-1",
    } as const;
    for (let attempt = 0; attempt < 2; attempt += 1) {
      await db
        .insertInto("timeline_events")
        .values(item)
        .onConflict((oc) => oc.columns(["connector_id", "external_id"]).doNothing())
        .execute();
    }
    const rows = await db
      .selectFrom("timeline_events")
      .select("id")
      .where("external_id", "=", "msg-1")
      .execute();
    expect(rows).toHaveLength(1);

    // Items made inside Emma have no external id and must not collide with each other.
    const note = {
      ...item,
      kind: "note",
      direction: "internal",
      connector_id: null,
      external_id: null,
    } as const;
    await db.insertInto("timeline_events").values([note, note]).execute();
  });
});
