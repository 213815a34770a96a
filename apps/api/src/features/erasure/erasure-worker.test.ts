import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, memoryLogger, TEST_TOMBSTONE_KEY, type TestApp } from "../../test/test-app.ts";
import { createTestConnector, ingestMessages, message } from "../../test/test-ingest.ts";
import { postgresOnly } from "../../test/postgres-only.ts";
import { claimErasures, ERASURE_LEASE_MS } from "./claim-erasures.ts";
import { approvedRequest, requestRow } from "./erasure-test-request.ts";
import { HELD_BY_LEGAL_HOLD, runErasure } from "./run-erasure.ts";

let t: TestApp;
let connectorId: string;
beforeAll(async () => {
  t = await createTestApp();
  connectorId = await createTestConnector(t.database.db, "email");
});
afterAll(() => t.close());

async function newCustomer(): Promise<string> {
  const m = message("email");
  await ingestMessages(t.database.db, connectorId, [m]);
  const row = await t.database.db
    .selectFrom("timeline_events")
    .select("customer_id")
    .where("external_id", "=", m.externalId)
    .executeTakeFirstOrThrow();
  if (!row.customer_id) throw new Error("no customer");
  return row.customer_id;
}

const erasedAt = async (customerId: string) =>
  (
    await t.database.db
      .selectFrom("customers")
      .select("erased_at")
      .where("id", "=", customerId)
      .executeTakeFirstOrThrow()
  ).erased_at;

async function placeHold(customerId: string): Promise<string> {
  const row = await t.database.db
    .insertInto("legal_holds")
    .values({
      customer_id: customerId,
      reason: "Verfahren",
      placed_by: t.users.admin.id,
      placed_at: new Date(),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

describe("the erasure worker", () => {
  it("runs an approved request when it is due, not before", async () => {
    const customerId = await newCustomer();
    const id = await approvedRequest(t, customerId, new Date(Date.now() + 60 * 60_000));
    await t.app.services.erasures.drain();
    expect(await requestRow(t, id)).toMatchObject({ status: "approved", attempts: 0 });
    await t.database.db
      .updateTable("erasure_requests")
      .set({ run_after: new Date() })
      .where("id", "=", id)
      .execute();
    await t.app.services.erasures.drain();
    const done = await requestRow(t, id);
    expect(done).toMatchObject({ status: "done", attempts: 1, lease_until: null });
    expect(done.finished_at).not.toBeNull();
    expect(await erasedAt(customerId)).not.toBeNull();
  });

  it("leaves a customer under a legal hold alone, also when the hold came after the claim", async () => {
    const customerId = await newCustomer();
    const id = await approvedRequest(t, customerId);
    const holdId = await placeHold(customerId);
    await t.app.services.erasures.drain();
    expect(await requestRow(t, id)).toMatchObject({ status: "approved", attempts: 0 });

    await t.database.db
      .updateTable("legal_holds")
      .set({ lifted_at: new Date(), lifted_by: t.users.admin.id })
      .where("id", "=", holdId)
      .execute();
    const [claimed] = await claimErasures(t.database.db, { now: new Date(), limit: 5 });
    expect(claimed?.id).toBe(id);
    if (!claimed) return;
    await placeHold(customerId);
    expect(
      await runErasure(t.database.db, {
        claimed,
        key: TEST_TOMBSTONE_KEY,
        now: new Date(),
        log: memoryLogger(),
      }),
    ).toBe("held");
    expect(await requestRow(t, id)).toMatchObject({
      status: "approved",
      last_error: HELD_BY_LEGAL_HOLD,
      lease_until: null,
    });
    expect(await erasedAt(customerId)).toBeNull();
  });

  it("records a failed run, erases nothing, and tries again after a backoff", async () => {
    const customerId = await newCustomer();
    const id = await approvedRequest(t, customerId);
    const now = new Date();
    const [claimed] = await claimErasures(t.database.db, { now, limit: 5 });
    expect(claimed?.id).toBe(id);
    if (!claimed) return;
    const log = memoryLogger();
    // The customer asked for is not there (as if a bug lost it): the run fails as a whole.
    const outcome = await runErasure(t.database.db, {
      claimed: { ...claimed, customerId: "00000000-0000-4000-8000-000000000000" },
      key: TEST_TOMBSTONE_KEY,
      now,
      log,
    });
    expect(outcome).toBe("failed");
    const failed = await requestRow(t, id);
    expect(failed).toMatchObject({ status: "failed", attempts: 1, lease_until: null });
    expect(failed.last_error).toContain("no customer");
    expect(await erasedAt(customerId)).toBeNull();
    expect(log.lines.some((line) => line.message.includes("erasure: a run failed"))).toBe(true);
    expect(await claimErasures(t.database.db, { now, limit: 5 })).toEqual([]);
    const later = new Date(now.getTime() + 2 * 60 * 60_000);
    expect((await claimErasures(t.database.db, { now: later, limit: 5 })).map((c) => c.id)).toEqual([id]);
    expect((await requestRow(t, id)).attempts).toBe(2);
  });

  it("takes up a run whose instance died once its lease has passed", async () => {
    const customerId = await newCustomer();
    const id = await approvedRequest(t, customerId);
    const now = new Date();
    expect((await claimErasures(t.database.db, { now, limit: 5 })).map((c) => c.id)).toEqual([id]);
    expect(await claimErasures(t.database.db, { now, limit: 5 })).toEqual([]);
    const afterLease = new Date(now.getTime() + ERASURE_LEASE_MS + 1000);
    expect((await claimErasures(t.database.db, { now: afterLease, limit: 5 })).map((c) => c.id)).toEqual([
      id,
    ]);
    await t.database.db
      .updateTable("erasure_requests")
      .set({ status: "done" })
      .where("id", "=", id)
      .execute();
  });

  it.runIf(postgresOnly("two instances claiming one erasure at once"))(
    "lets exactly one of two instances claiming at the same moment run a request",
    async () => {
      const customerId = await newCustomer();
      const id = await approvedRequest(t, customerId);
      const db = t.database.db;
      const now = new Date();
      // Instance A has claimed inside its transaction and not committed yet when B claims.
      const seenByB = await db.transaction().execute(async (a) => {
        const claimedByA = await claimErasures(a, { now, limit: 5 });
        expect(claimedByA.map((c) => c.id)).toEqual([id]);
        return claimErasures(db, { now, limit: 5 });
      });
      expect(seenByB).toEqual([]);
      // After A committed, B finds it leased.
      expect(await claimErasures(db, { now, limit: 5 })).toEqual([]);
      expect(await requestRow(t, id)).toMatchObject({ status: "running", attempts: 1 });
    },
  );
});
