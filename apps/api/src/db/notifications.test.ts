import { setTimeout as sleep } from "node:timers/promises";
import { sql } from "kysely";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDatabase, testDatabaseUrl } from "../test/test-database.ts";
import { openDatabase, type EmmaDatabase } from "./connect.ts";
import { currentSchema } from "./current-schema.ts";
import { notify } from "./notifications.ts";
import { postgresOnly } from "../test/postgres-only.ts";

const rolledBack = new Error("roll back on purpose");

describe("notifications", () => {
  let database: EmmaDatabase;
  const errors: string[] = [];
  beforeAll(async () => {
    database = await createTestDatabase({ onError: (_error, context) => errors.push(context) });
  });
  afterAll(() => database.close());
  afterEach(() => {
    errors.length = 0;
  });

  it("delivers on commit and never from a rolled-back transaction", async () => {
    const received: string[] = [];
    const stop = await database.notifications.listen("changes", (payload) => received.push(payload));

    await database.db.transaction().execute((trx) => notify(trx, "changes", "committed"));
    await database.db
      .transaction()
      .execute(async (trx) => {
        await notify(trx, "changes", "rolled back");
        throw rolledBack;
      })
      .catch((error: unknown) => {
        if (error !== rolledBack) throw error;
      });
    // Notifications arrive in commit order, so once this one is here the rolled-back one never will be.
    await notify(database.db, "changes", "marker");

    await vi.waitFor(() => expect(received).toEqual(["committed", "marker"]));
    await stop();
  });

  it("stops calling a handler once unsubscribed, and keeps calling the others", async () => {
    const first: string[] = [];
    const second: string[] = [];
    const stopFirst = await database.notifications.listen("presence", (payload) => first.push(payload));
    const stopSecond = await database.notifications.listen("presence", (payload) => second.push(payload));
    await notify(database.db, "presence", "1");
    await vi.waitFor(() => expect(first).toEqual(["1"]));
    await stopFirst();
    await stopFirst();
    await notify(database.db, "presence", "2");
    await vi.waitFor(() => expect(second).toEqual(["1", "2"]));
    expect(first).toEqual(["1"]);
    await stopSecond();
  });

  it("reports a throwing handler without losing the notification for the others", async () => {
    const received: string[] = [];
    const stopThrowing = await database.notifications.listen("calls", () => {
      throw new Error("handler bug");
    });
    const stop = await database.notifications.listen("calls", (payload) => received.push(payload));
    await notify(database.db, "calls", "ring");
    await vi.waitFor(() => expect(received).toEqual(["ring"]));
    expect(errors).toEqual(["notification handler failed"]);
    await stopThrowing();
    await stop();
  });

  it("LISTENs outside whatever transaction is open at the time", async () => {
    const received: string[] = [];
    const trx = await database.db.startTransaction().execute();
    await trx.selectFrom("teams").selectAll().execute();
    const listening = database.notifications.listen("queues", (payload) => received.push(payload));
    // Time for a LISTEN that did not wait its turn to land inside the transaction and be rolled back.
    await sleep(50);
    await trx.rollback().execute();
    const stop = await listening;
    await notify(database.db, "queues", "still listening");
    await vi.waitFor(() => expect(received).toEqual(["still listening"]));
    await stop();
  });

  it("rejects channel names that would mean different things on PGlite and PostgreSQL", async () => {
    await expect(database.notifications.listen("Realtime", () => undefined)).rejects.toThrow(
      /invalid notification channel/,
    );
    await expect(notify(database.db, "real time", "x")).rejects.toThrow(/invalid notification channel/);
  });

  it("refuses a payload PostgreSQL would refuse, naming the fix", async () => {
    await expect(notify(database.db, "changes", "x".repeat(8000))).rejects.toThrow(/send an id instead/);
  });

  it("keeps separate test databases from hearing each other", async () => {
    const other = await createTestDatabase();
    try {
      const received: string[] = [];
      const stop = await database.notifications.listen("isolated", (payload) => received.push(payload));
      await notify(other.db, "isolated", "from the other database");
      await notify(database.db, "isolated", "own");
      await vi.waitFor(() => expect(received).toEqual(["own"]));
      await stop();
    } finally {
      await other.close();
    }
  });
});

describe.runIf(postgresOnly("notifications between API instances"))(
  "notifications between API instances on PostgreSQL",
  () => {
    let first: EmmaDatabase;
    let second: EmmaDatabase;
    const errors: string[] = [];
    beforeAll(async () => {
      first = await createTestDatabase();
      second = await openDatabase({
        url: testDatabaseUrl(),
        schema: await currentSchema(first.db),
        poolSize: 2,
        onError: (_error, context) => errors.push(context),
      });
    });
    afterAll(async () => {
      await second.close();
      await first.close();
    });

    it("delivers a commit on one instance to the listener of the other", async () => {
      const received: string[] = [];
      const stop = await second.notifications.listen("shared", (payload) => received.push(payload));
      await first.db.transaction().execute((trx) => notify(trx, "shared", "hello from first"));
      await vi.waitFor(() => expect(received).toEqual(["hello from first"]));
      await stop();
    });

    it("reconnects and LISTENs again after the listener connection is killed", async () => {
      const received: string[] = [];
      let reconnects = 0;
      const stopWatching = second.notifications.onReconnect(() => (reconnects += 1));
      const stop = await second.notifications.listen("survivor", (payload) => received.push(payload));
      const listenStatement = `listen "${await currentSchema(first.db)}.survivor"`;

      const { rows } = await sql<{ killed: boolean }>`
      select pg_terminate_backend(pid) as killed from pg_stat_activity
      where application_name = 'emma-listen' and query = ${listenStatement}
    `.execute(first.db);
      expect(rows).toEqual([{ killed: true }]);

      await vi.waitFor(() => expect(reconnects).toBe(1), { timeout: 10_000 });
      expect(errors).toContain("notification listener connection lost, reconnecting");
      await notify(first.db, "survivor", "after reconnect");
      await vi.waitFor(() => expect(received).toEqual(["after reconnect"]));
      stopWatching();
      await stop();
    });
  },
);
