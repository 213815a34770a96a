import { randomUUID } from "node:crypto";
import { NORMALIZED_CONTENT_TYPE } from "@emma/connectors";
import type { InboundMessageInput } from "@emma/core";
import { sql, type Kysely } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type EmmaDatabase } from "../db/connect.ts";
import type { Database } from "../db/schema.ts";
import { postgresOnly } from "../test/postgres-only.ts";
import { TEST_TOMBSTONE_KEY, memoryLogger } from "../test/test-app.ts";
import { createTestDatabase, testDatabaseUrl } from "../test/test-database.ts";
import { createTestConnector, ingestMessages, message } from "../test/test-ingest.ts";
import { processBatch } from "./process-batch.ts";
import { storeInboundEvent } from "./store-inbound-event.ts";

let database: EmmaDatabase;
/** A second API instance's connection pool on the same schema. */
let secondInstance: EmmaDatabase | undefined;
let phone: string;
let schema: string;
beforeAll(async () => {
  database = await createTestDatabase();
  phone = await createTestConnector(database.db, "phone");
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(database.db);
  schema = rows[0]?.schema ?? "public";
  const url = testDatabaseUrl();
  if (url) secondInstance = await openDatabase({ url, schema, poolSize: 4 });
});
afterAll(async () => {
  await secondInstance?.close();
  await database.close();
});

const callerNumber = "+4917655501234";
const callEvent = (callId: string, status: "ringing" | "completed", second: number, extra = {}) =>
  message("phone", {
    externalId: callId,
    threadKey: `phone:${callerNumber}`,
    occurredAt: new Date(Date.UTC(2026, 11, 1, 9, 0, second)),
    author: { identities: [{ kind: "phone", value: callerNumber }] },
    text: "",
    call: { status, from: callerNumber, to: "+4930123456", ...extra },
  });

/** Commits a raw event without processing it, as the webhook handler does before answering. */
async function store(db: Kysely<Database>, input: InboundMessageInput): Promise<string> {
  const stored = await storeInboundEvent(db, {
    connectorId: phone,
    dedupeKey: randomUUID(),
    contentType: NORMALIZED_CONTENT_TYPE,
    headers: {},
    body: JSON.stringify([input]),
    receivedAt: new Date(),
  });
  return stored.id;
}

async function callItem(callId: string) {
  const rows = await database.db
    .selectFrom("timeline_events")
    .select(["kind", "metadata"])
    .where("connector_id", "=", phone)
    .where("external_id", "=", callId)
    .execute();
  expect(rows).toHaveLength(1);
  return rows[0]?.metadata;
}

/** Resolves once `count` transactions wait, directly or in line, behind the lock holder `holder`. */
async function waitersBehind(holder: number, count: number): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const { rows } = await sql<{ waiting: number }>`
      with direct as (select pid from pg_stat_activity where ${holder}::int = any(pg_blocking_pids(pid)))
      select count(*)::int as waiting from pg_stat_activity a
      where a.pid in (select pid from direct)
        or exists (select 1 from direct d where d.pid = any(pg_blocking_pids(a.pid)))
    `.execute(database.db);
    if ((rows[0]?.waiting ?? 0) >= count) return;
    if (Date.now() > deadline) throw new Error(`fewer than ${count} batches reached the customer lock`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("two batches processing webhooks of one call at the same time", () => {
  it.runIf(postgresOnly("the forced interleaving of two ingest batches (needs two connections at once)"))(
    "both callbacks reach the one call item, whichever batch writes it first",
    async () => {
      const db = database.db;
      // The caller is known, so both batches take the same path: hold the customer, then write the call.
      await ingestMessages(db, phone, [callEvent(`CA-known-${randomUUID()}`, "completed", 0)]);
      const customer = await db
        .selectFrom("identities")
        .select("customer_id")
        .where("value", "=", callerNumber)
        .executeTakeFirstOrThrow();
      const callId = `CA-race-${randomUUID()}`;
      const ringing = await store(db, callEvent(callId, "ringing", 10));
      const completed = await store(db, callEvent(callId, "completed", 70, { durationSeconds: 55 }));

      // A transaction that holds the customer row stops both batches at the same point: each has
      // claimed its event and looked for the call (not there yet); released together, both write it.
      let release: () => void = () => undefined;
      const held = new Promise<void>((resolve) => (release = resolve));
      let locked: (pid: number) => void = () => undefined;
      const lockTaken = new Promise<number>((resolve) => (locked = resolve));
      const holding = db.transaction().execute(async (trx) => {
        await sql`select id from customers where id = ${customer.customer_id} for update`.execute(trx);
        const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(trx);
        locked(rows[0]?.pid ?? 0);
        await held;
      });
      const holder = await lockTaken;
      const log = memoryLogger();
      const batches = [
        processBatch(db, log, {
          tombstoneKey: TEST_TOMBSTONE_KEY,
          limit: 1,
          ids: [ringing],
          lockMode: "wait",
        }),
        processBatch(secondInstance?.db ?? db, log, {
          tombstoneKey: TEST_TOMBSTONE_KEY,
          limit: 1,
          ids: [completed],
          lockMode: "wait",
        }),
      ];
      await waitersBehind(holder, 2);
      release();
      await holding;
      const results = await Promise.all(batches);

      expect(results.flatMap((r) => r.processed).sort()).toEqual([ringing, completed].sort());
      const metadata = await callItem(callId);
      expect(metadata?.call).toMatchObject({ status: "completed", durationSeconds: 55 });
      expect([...((metadata?.sourceEventIds as string[] | undefined) ?? [])].sort()).toEqual(
        [ringing, completed].sort(),
      );
    },
  );
});
