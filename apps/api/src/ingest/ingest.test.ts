import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EmmaDatabase } from "../db/connect.ts";
import { createTestDatabase } from "../test/test-database.ts";
import { createTestConnector, ingestMessages, message } from "../test/test-ingest.ts";
import { storeInboundEvent } from "./store-inbound-event.ts";
import { processBatch } from "./process-batch.ts";
import { InboundProcessor } from "./inbound-processor.ts";
import { TEST_TOMBSTONE_KEY, memoryLogger } from "../test/test-app.ts";
import { NORMALIZED_CONTENT_TYPE } from "@emma/connectors";

let database: EmmaDatabase;
let email: string;
let phone: string;
beforeAll(async () => {
  database = await createTestDatabase();
  email = await createTestConnector(database.db, "email");
  phone = await createTestConnector(database.db, "phone");
});
afterAll(() => database.close());

const count = async (
  table:
    "customers" | "identities" | "conversations" | "timeline_events" | "inbound_events" | "merge_suggestions",
) => {
  const row = await database.db
    .selectFrom(table)
    .select(sql<number>`count(*)::int`.as("n"))
    .executeTakeFirstOrThrow();
  return row.n;
};

describe("ingest", () => {
  it("stores one event delivered three times at once exactly once", async () => {
    const before = {
      events: await count("timeline_events"),
      raw: await count("inbound_events"),
      customers: await count("customers"),
    };
    const m = message("email", {
      author: { name: "Jürgen Weiß", identities: [{ kind: "email", value: "Juergen.Weiss@GMX.de" }] },
    });
    const results = await Promise.all(
      [1, 2, 3].map(() => ingestMessages(database.db, email, [m], { dedupeKey: "provider-event-1" })),
    );
    expect(results.filter((r) => !r.duplicate)).toHaveLength(1);
    expect(new Set(results.map((r) => r.eventId)).size).toBe(1);
    expect(await count("timeline_events")).toBe(before.events + 1);
    expect(await count("inbound_events")).toBe(before.raw + 1);
    expect(await count("customers")).toBe(before.customers + 1);
  });

  it("keeps one timeline item when the same message comes again in a new delivery", async () => {
    const m = message("email");
    await ingestMessages(database.db, email, [m], { dedupeKey: "delivery-a" });
    const before = await count("timeline_events");
    const again = await ingestMessages(database.db, email, [m], { dedupeKey: "delivery-b" });
    expect(again.outcome).toBe("processed");
    expect(await count("timeline_events")).toBe(before);
  });

  it("does not reopen a resolved conversation when an old message is delivered again", async () => {
    const m = message("email", { threadKey: "resolved-thread" });
    await ingestMessages(database.db, email, [m], { dedupeKey: "first-delivery" });
    await database.db
      .updateTable("conversations")
      .set({ status: "resolved" })
      .where("external_thread_key", "=", "resolved-thread")
      .execute();
    await ingestMessages(database.db, email, [m], { dedupeKey: "second-delivery" });
    const row = await database.db
      .selectFrom("conversations")
      .select("status")
      .where("external_thread_key", "=", "resolved-thread")
      .executeTakeFirstOrThrow();
    expect(row.status).toBe("resolved");
  });

  it("links a known email in any spelling to the same customer and thread", async () => {
    const first = message("email", {
      threadKey: "t-anna",
      author: { name: "Anna", identities: [{ kind: "email", value: "anna@müller-bau.de" }] },
    });
    const second = message("email", {
      threadKey: "t-anna",
      author: { name: "Anna", identities: [{ kind: "email", value: " ANNA@xn--mller-bau-q9a.de " }] },
    });
    await ingestMessages(database.db, email, [first]);
    await ingestMessages(database.db, email, [second]);
    const items = await database.db
      .selectFrom("timeline_events")
      .select(["customer_id", "conversation_id"])
      .where("external_id", "in", [first.externalId, second.externalId])
      .execute();
    expect(items).toHaveLength(2);
    expect(items[0]?.customer_id).toBe(items[1]?.customer_id);
    expect(items[0]?.conversation_id).toBe(items[1]?.conversation_id);
  });

  it("links a phone number written differently to the same customer", async () => {
    const a = message("phone", { author: { identities: [{ kind: "phone", value: "0171 2345678" }] } });
    const b = message("phone", { author: { identities: [{ kind: "phone", value: "+49 171 23 45 678" }] } });
    await ingestMessages(database.db, phone, [a]);
    await ingestMessages(database.db, phone, [b]);
    const owners = await database.db
      .selectFrom("timeline_events")
      .select("customer_id")
      .where("external_id", "in", [a.externalId, b.externalId])
      .execute();
    expect(new Set(owners.map((o) => o.customer_id)).size).toBe(1);
  });

  it("never links anonymous callers to each other, nor makes customers of them", async () => {
    const a = message("phone", { author: { identities: [{ kind: "phone", value: "anonymous" }] } });
    const b = message("phone", { author: { identities: [{ kind: "phone", value: "anonymous" }] } });
    const customersBefore = await count("customers");
    await ingestMessages(database.db, phone, [a]);
    await ingestMessages(database.db, phone, [b]);
    const rows = await database.db
      .selectFrom("timeline_events")
      .select(["customer_id", "conversation_id", "metadata"])
      .where("external_id", "in", [a.externalId, b.externalId])
      .execute();
    expect(await count("customers")).toBe(customersBefore);
    expect(rows.map((r) => r.customer_id)).toEqual([null, null]);
    expect(new Set(rows.map((r) => r.conversation_id)).size).toBe(2);
    expect(rows[0]?.metadata).toMatchObject({ unlinkedIdentities: [{ kind: "phone", reason: "anonymous" }] });
  });

  it("suggests a merge instead of merging when one event names two known customers", async () => {
    const a = message("email", {
      author: { name: "Lena", identities: [{ kind: "email", value: "lena@web.de" }] },
    });
    const b = message("phone", {
      author: { name: "Lena", identities: [{ kind: "phone", value: "+4915112345678" }] },
    });
    await ingestMessages(database.db, email, [a]);
    await ingestMessages(database.db, phone, [b]);
    const customersBefore = await count("customers");
    const bridge = message("email", {
      author: {
        name: "Lena",
        identities: [
          { kind: "email", value: "lena@web.de" },
          { kind: "phone", value: "015112345678" },
        ],
      },
    });
    await ingestMessages(database.db, email, [bridge]);
    expect(await count("customers")).toBe(customersBefore);
    const suggestions = await database.db
      .selectFrom("merge_suggestions")
      .selectAll()
      .where("status", "=", "open")
      .execute();
    const ownerOf = async (kind: "email" | "phone", value: string) =>
      (
        await database.db
          .selectFrom("identities")
          .select("customer_id")
          .where("kind", "=", kind)
          .where("value", "=", value)
          .executeTakeFirstOrThrow()
      ).customer_id;
    const pair = [await ownerOf("email", "lena@web.de"), await ownerOf("phone", "+4915112345678")].sort();
    expect(pair[0]).not.toBe(pair[1]);
    expect(suggestions.some((s) => s.customer_a === pair[0] && s.customer_b === pair[1])).toBe(true);
  });

  it("keeps a raw event it cannot parse, marks the error and loses nothing", async () => {
    const log = memoryLogger();
    const stored = await storeInboundEvent(database.db, {
      connectorId: email,
      dedupeKey: "broken-1",
      contentType: NORMALIZED_CONTENT_TYPE,
      headers: {},
      body: "{not json",
      receivedAt: new Date(),
    });
    expect(
      (
        await processBatch(database.db, log, { tombstoneKey: TEST_TOMBSTONE_KEY, limit: 1, ids: [stored.id] })
      ).failed.map((f) => f.id),
    ).toEqual([stored.id]);
    const row = await database.db
      .selectFrom("inbound_events")
      .selectAll()
      .where("id", "=", stored.id)
      .executeTakeFirstOrThrow();
    expect(row.body).toBe("{not json");
    expect(row.status).toBe("pending");
    expect(row.attempts).toBe(1);
    expect(row.last_error).toMatch(/JSON/);
    expect(log.lines.some((line) => line.level === "warn")).toBe(true);
  });

  it("processes an event left pending (e.g. by a crashed instance) when woken", async () => {
    const m = message("email");
    const stored = await storeInboundEvent(database.db, {
      connectorId: email,
      dedupeKey: "left-pending",
      contentType: NORMALIZED_CONTENT_TYPE,
      headers: {},
      body: JSON.stringify([m]),
      // As if the process had died right after storing it a minute ago.
      receivedAt: new Date(Date.now() - 60_000),
    });
    const processor = new InboundProcessor(database.db, memoryLogger(), {
      concurrency: 2,
      batchSize: 10,
      lingerMs: 1,
      tombstoneKey: TEST_TOMBSTONE_KEY,
    });
    processor.wake();
    await processor.idle();
    const row = await database.db
      .selectFrom("inbound_events")
      .select("status")
      .where("id", "=", stored.id)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe("processed");
    expect(
      await database.db
        .selectFrom("timeline_events")
        .select("id")
        .where("external_id", "=", m.externalId)
        .execute(),
    ).toHaveLength(1);
  });

  it("lets waiting I/O in between full batches, so a backlog on the embedded database never holds the API", async () => {
    for (let n = 0; n < 3; n++)
      await storeInboundEvent(database.db, {
        connectorId: email,
        dedupeKey: `backlog-${String(n)}`,
        contentType: NORMALIZED_CONTENT_TYPE,
        headers: {},
        body: JSON.stringify([message("email")]),
        receivedAt: new Date(),
      });
    const processor = new InboundProcessor(database.db, memoryLogger(), {
      concurrency: 1,
      batchSize: 1,
      lingerMs: 1,
      tombstoneKey: TEST_TOMBSTONE_KEY,
    });
    const order: string[] = [];
    // Stands for a webhook delivery that arrived meanwhile: it is read in the event loop's I/O turn.
    setImmediate(() => order.push("request served"));
    processor.wake();
    await processor.idle();
    order.push("backlog done");
    expect(order).toEqual(["request served", "backlog done"]);
  });

  it("sanitizes HTML before it is stored", async () => {
    const m = message("email", { html: '<p onclick="x()">Hallo<script>alert(1)</script></p>' });
    await ingestMessages(database.db, email, [m]);
    const row = await database.db
      .selectFrom("timeline_events")
      .select("body_html")
      .where("external_id", "=", m.externalId)
      .executeTakeFirstOrThrow();
    expect(row.body_html).toContain("Hallo");
    expect(row.body_html).not.toMatch(/script|onclick/);
  });
});

describe("batched processing", () => {
  it("processes many events in one batch, keeps one bad event out, and links repeat senders", async () => {
    const log = memoryLogger();
    const sender = {
      name: "Batch Kundin",
      identities: [{ kind: "email" as const, value: "batch@example.de" }],
    };
    const good = [1, 2, 3].map((n) =>
      message("email", { threadKey: "batch-thread", text: `Teil ${n}`, author: sender }),
    );
    const ids: string[] = [];
    for (const [index, m] of good.entries()) {
      ids.push(
        (
          await storeInboundEvent(database.db, {
            connectorId: email,
            dedupeKey: `batch-${index}`,
            contentType: NORMALIZED_CONTENT_TYPE,
            headers: {},
            body: JSON.stringify([m]),
            receivedAt: new Date(),
          })
        ).id,
      );
    }
    const bad = await storeInboundEvent(database.db, {
      connectorId: email,
      dedupeKey: "batch-bad",
      contentType: NORMALIZED_CONTENT_TYPE,
      headers: {},
      body: "[]",
      receivedAt: new Date(),
    });
    const result = await processBatch(database.db, log, {
      tombstoneKey: TEST_TOMBSTONE_KEY,
      limit: 10,
      ids: [...ids, bad.id],
    });
    expect(result.processed.sort()).toEqual([...ids].sort());
    expect(result.failed.map((f) => f.id)).toEqual([bad.id]);
    const items = await database.db
      .selectFrom("timeline_events")
      .select(["customer_id", "conversation_id"])
      .where(
        "external_id",
        "in",
        good.map((m) => m.externalId),
      )
      .execute();
    expect(new Set(items.map((i) => i.customer_id)).size).toBe(1);
    expect(new Set(items.map((i) => i.conversation_id)).size).toBe(1);
  });
});
