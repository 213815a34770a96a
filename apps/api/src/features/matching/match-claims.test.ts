import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EmmaDatabase } from "../../db/connect.ts";
import { postgresOnly } from "../../test/postgres-only.ts";
import { createTestDatabase } from "../../test/test-database.ts";
import { enqueueMatchChecks } from "./enqueue-match-checks.ts";
import { claimMatchChecks, finishMatchCheck, MATCH_LEASE_MS } from "./match-check-queue.ts";

let database: EmmaDatabase;
let customerIds: string[] = [];
const now = new Date("2026-12-05T10:00:00Z");

beforeAll(async () => {
  database = await createTestDatabase();
  const rows = await database.db
    .insertInto("customers")
    .values(Array.from({ length: 30 }, (_, i) => ({ display_name: `Kunde ${String(i)}` })))
    .returning("id")
    .execute();
  customerIds = rows.map((row) => row.id);
  await enqueueMatchChecks(database.db, customerIds, now);
});
afterAll(() => database.close());

describe.runIf(postgresOnly("two instances claiming match checks at once"))("match check claims", () => {
  it("gives two instances claiming at the same moment disjoint customers, and nobody a leased one", async () => {
    const db = database.db;
    let releaseFirst: () => void = () => undefined;
    const firstHolds = new Promise<void>((resolve) => (releaseFirst = resolve));
    let firstClaimed: string[] = [];
    // Instance A's claim is made but not yet committed when instance B claims.
    const first = db.transaction().execute(async (trx) => {
      const rows = await claimMatchChecks(trx, { owner: "instance-a", now, limit: 20 });
      firstClaimed = rows.map((row) => row.customerId);
      await firstHolds;
    });
    while (firstClaimed.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    const second = (await claimMatchChecks(db, { owner: "instance-b", now, limit: 20 })).map(
      (row) => row.customerId,
    );
    releaseFirst();
    await first;
    expect(firstClaimed).toHaveLength(20);
    expect(second).toHaveLength(10);
    expect(second.filter((id) => firstClaimed.includes(id))).toEqual([]);
    expect([...firstClaimed, ...second].sort()).toEqual([...customerIds].sort());
    // Everything is leased: a third instance finds nothing until the leases run out.
    expect(await claimMatchChecks(db, { owner: "instance-c", now, limit: 50 })).toEqual([]);
    const later = new Date(now.getTime() + MATCH_LEASE_MS + 1);
    expect(await claimMatchChecks(db, { owner: "instance-c", now: later, limit: 50 })).toHaveLength(30);
  });
});

describe("a check asked for again while it runs", () => {
  it("stays queued, due now, when the check ends", async () => {
    const db = database.db;
    await db.deleteFrom("match_checks").execute();
    const [id] = customerIds;
    if (!id) throw new Error("no customer");
    await enqueueMatchChecks(db, [id], now);
    const [claimed] = await claimMatchChecks(db, { owner: "me", now, limit: 1 });
    if (!claimed) throw new Error("nothing claimed");
    // Another of this customer's messages arrives while the check runs.
    const meanwhile = new Date(now.getTime() + 1000);
    await enqueueMatchChecks(db, [id], meanwhile);
    await db
      .transaction()
      .execute((trx) => finishMatchCheck(trx, claimed, { owner: "me", suggested: 0, now: meanwhile }));
    const row = await db
      .selectFrom("match_checks")
      .selectAll()
      .where("customer_id", "=", id)
      .executeTakeFirst();
    expect(row).toMatchObject({ lease_owner: null, lease_until: null, due_at: meanwhile });
    await db.transaction().execute(async (trx) => {
      const [again] = await claimMatchChecks(trx, { owner: "me", now: meanwhile, limit: 1 });
      if (!again) throw new Error("not claimable again");
      await finishMatchCheck(trx, again, { owner: "me", suggested: 0, now: meanwhile });
    });
    expect(await db.selectFrom("match_checks").selectAll().execute()).toEqual([]);
  });
});
