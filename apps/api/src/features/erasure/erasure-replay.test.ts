import { NORMALIZED_CONTENT_TYPE } from "@emma/connectors";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FileFetchWorker } from "../../kept-files/file-fetch-worker.ts";
import { createTestApp, memoryLogger, type TestApp } from "../../test/test-app.ts";
import { ingestMessages } from "../../test/test-ingest.ts";
import { ERASED_EVENT_NOTE } from "./erase-raw-events.ts";
import { PERSON, at, personCall, personMail, seedPerson, type SeededPerson } from "./erasure-test-person.ts";
import { approvedRequest, requestRow } from "./erasure-test-request.ts";

let t: TestApp;
let seeded: SeededPerson;
let erasedAt: Date;
beforeAll(async () => {
  t = await createTestApp();
  seeded = await seedPerson(
    t,
    new FileFetchWorker(t.database.db, memoryLogger(), {
      batchSize: 4,
      fetch: () => Promise.resolve({ ok: false, final: false, error: "offline" }),
      now: () => new Date(),
      paused: true,
    }),
  );
  for (const customerId of seeded.customerIds) {
    const id = await approvedRequest(t, customerId);
    await t.app.services.erasures.drain();
    expect((await requestRow(t, id)).status).toBe("done");
  }
  erasedAt = new Date();
});
afterAll(() => t.close());

const db = () => t.database.db;
const customerCount = async () =>
  (
    await db()
      .selectFrom("customers")
      .select(sql<number>`count(*)::int`.as("n"))
      .executeTakeFirstOrThrow()
  ).n;
const liveIdentities = () =>
  db()
    .selectFrom("identities")
    .select(["customer_id", "kind", "value"])
    .where("value", "in", [PERSON.email, PERSON.phone])
    .execute();

async function event(id: string) {
  return db().selectFrom("inbound_events").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
}

describe("after an erasure", () => {
  it("a backfill of the person's old mail through ingest writes nothing and empties the raw event", async () => {
    const before = await customerCount();
    const result = await personMail(seeded.mailbox, t, "m1-backfill@kunde.example", at(2));
    expect(result.outcome).toBe("processed");
    expect(await customerCount()).toBe(before);
    expect(await liveIdentities()).toEqual([]);
    const stored = await event(result.eventId);
    expect(stored).toMatchObject({ status: "processed", body: "", last_error: ERASED_EVENT_NOTE });
    expect(stored.dedupe_key).not.toContain("kunde.example");
    const items = await db()
      .selectFrom("timeline_events")
      .select("id")
      .where("inbound_event_id", "=", result.eventId)
      .execute();
    expect(items).toEqual([]);
  });

  it("a raw event replayed by an admin (process again) is stopped by the tombstone too", async () => {
    // A raw event restored from a backup, failed: the erasure never saw it.
    const restored = await db()
      .insertInto("inbound_events")
      .values({
        connector_id: seeded.phone,
        dedupe_key: "restored-call-1",
        content_type: NORMALIZED_CONTENT_TYPE,
        headers: JSON.stringify({}),
        body: JSON.stringify([personCall(seeded.phone, "completed", at(3))]),
        status: "failed",
        received_at: at(3),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const before = await customerCount();
    await t.caller("admin").connectors.reprocessFailedEvents({ connectorId: seeded.phone });
    t.app.services.inbound.wake();
    await t.app.services.inbound.idle();
    expect(await event(restored.id)).toMatchObject({
      status: "processed",
      body: "",
      last_error: ERASED_EVENT_NOTE,
    });
    expect(await customerCount()).toBe(before);
    expect(await liveIdentities()).toEqual([]);
  });

  it("a new message from the person starts a new, clean customer that links to nothing erased", async () => {
    const later = new Date(erasedAt.getTime() + 60_000);
    await ingestMessages(db(), seeded.phone, [personCall(seeded.phone, "completed", later)]);
    const [identity, ...others] = await liveIdentities();
    expect(others).toEqual([]);
    expect(identity).toMatchObject({ kind: "phone", value: PERSON.phone });
    if (!identity) return;
    expect(seeded.customerIds).not.toContain(identity.customer_id);
    const customer = await db()
      .selectFrom("customers")
      .selectAll()
      .where("id", "=", identity.customer_id)
      .executeTakeFirstOrThrow();
    expect(customer).toMatchObject({ erased_at: null, merged_into: null });
    const items = await db()
      .selectFrom("timeline_events")
      .select(["occurred_at"])
      .where("customer_id", "=", identity.customer_id)
      .execute();
    expect(items.map((item) => new Date(item.occurred_at))).toEqual([later]);
  });
});
