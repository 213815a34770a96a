import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EmmaDatabase } from "../db/connect.ts";
import { memoryLogger } from "../test/test-app.ts";
import { createTestDatabase } from "../test/test-database.ts";
import { createTestConnector } from "../test/test-ingest.ts";
import { InboundStore } from "./inbound-store.ts";
import type { RawInboundEvent } from "./store-inbound-event.ts";

let database: EmmaDatabase;
let connectorId: string;
beforeAll(async () => {
  database = await createTestDatabase();
  connectorId = await createTestConnector(database.db, "emma-inbound");
});
afterAll(() => database.close());

const event = (dedupeKey: string, overrides: Partial<RawInboundEvent> = {}): RawInboundEvent => ({
  connectorId,
  dedupeKey,
  contentType: "application/json",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ dedupeKey }),
  receivedAt: new Date(),
  ...overrides,
});

describe("group commit of webhook deliveries", () => {
  it("stores deliveries that arrive together in shared commits, each once, answering each sender", async () => {
    const store = new InboundStore(database.db, memoryLogger(), { maxBatch: 10, maxInFlight: 1 });
    const keys = Array.from({ length: 25 }, (_, i) => `group-${String(i)}`);
    // The same event three times at once, amid others: stored once, the other two are duplicates.
    const results = await Promise.all([
      ...keys.map((key) => store.store(event(key))),
      store.store(event("group-3")),
      store.store(event("group-3")),
    ]);
    expect(results.filter((r) => !r.duplicate)).toHaveLength(25);
    const three = [results[3], results[25], results[26]];
    expect(new Set(three.map((r) => r?.id)).size).toBe(1);
    expect(three.filter((r) => r?.duplicate)).toHaveLength(2);
    const rows = await database.db
      .selectFrom("inbound_events")
      .select(["dedupe_key", "body", "headers"])
      .where("dedupe_key", "like", "group-%")
      .execute();
    expect(rows).toHaveLength(25);
    expect(rows.find((r) => r.dedupe_key === "group-7")).toMatchObject({
      body: JSON.stringify({ dedupeKey: "group-7" }),
      headers: { "content-type": "application/json" },
    });
    // A redelivery later is a duplicate of the stored row.
    const again = await store.store(event("group-7"));
    expect(again.duplicate).toBe(true);
  });

  it("lets one bad delivery fail alone when a shared commit fails", async () => {
    const store = new InboundStore(database.db, memoryLogger(), { maxBatch: 10, maxInFlight: 1 });
    const unknownConnector = "00000000-0000-4000-8000-00000000beef";
    const outcomes = await Promise.allSettled([
      store.store(event("fine-1")),
      store.store(event("broken", { connectorId: unknownConnector })),
      store.store(event("fine-2")),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    const rows = await database.db
      .selectFrom("inbound_events")
      .select("dedupe_key")
      .where("dedupe_key", "in", ["fine-1", "fine-2", "broken"])
      .execute();
    expect(rows.map((r) => r.dedupe_key).sort()).toEqual(["fine-1", "fine-2"]);
  });
});
