import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { createTestConnector, ingestMessages, message } from "../../test/test-ingest.ts";

let t: TestApp;
let email: string;
let phone: string;
beforeAll(async () => {
  t = await createTestApp();
  email = await createTestConnector(t.database.db, "email");
  phone = await createTestConnector(t.database.db, "phone");
});
afterAll(() => t.close());

/** Everything a merge may touch, as a comparable picture. */
async function snapshot() {
  const db = t.database.db;
  const [customers, identities, conversations, events, products] = await Promise.all([
    db.selectFrom("customers").select(["id", "merged_into", "tags"]).orderBy("id").execute(),
    db.selectFrom("identities").select(["id", "customer_id"]).orderBy("id").execute(),
    db.selectFrom("conversations").select(["id", "customer_id"]).orderBy("id").execute(),
    db
      .selectFrom("timeline_events")
      .select(["id", "customer_id"])
      .where("kind", "not in", ["merge", "unmerge"])
      .orderBy("id")
      .execute(),
    db.selectFrom("customer_products").select(["id", "customer_id"]).orderBy("id").execute(),
  ]);
  return { customers, identities, conversations, events, products };
}

async function newCustomer(n: number): Promise<string> {
  const result = await ingestMessages(t.database.db, n % 2 ? email : phone, [
    message(n % 2 ? "email" : "phone"),
  ]);
  const row = await t.database.db
    .selectFrom("timeline_events")
    .select("customer_id")
    .where("inbound_event_id", "=", result.eventId)
    .where("customer_id", "is not", null)
    .$narrowType<{ customer_id: string }>()
    .executeTakeFirstOrThrow();
  await t.database.db
    .insertInto("customer_products")
    .values({
      customer_id: row.customer_id,
      origin_customer_id: row.customer_id,
      kind: "account",
      name: "Girokonto",
      reference: `DE${n}${Date.now()}`,
      source_system: "core-banking",
    })
    .execute();
  return row.customer_id;
}

describe("merge and unmerge", () => {
  it("moves everything to the survivor, and undo restores exactly what was", async () => {
    const a = await newCustomer(1);
    const b = await newCustomer(2);
    const before = await snapshot();
    const agent = t.caller("agent");
    const merged = await agent.merges.merge({
      survivorId: a,
      absorbedId: b,
      reason: "Gleiche Person laut Anruf",
    });
    const during = await snapshot();
    expect(during.identities.filter((i) => i.customer_id === b)).toEqual([]);
    expect(during.events.filter((e) => e.customer_id === b)).toEqual([]);
    const opened = await agent.customers.get({ customerId: b });
    expect(opened.id).toBe(a);
    const timeline = await agent.timeline.list({ customerId: b });
    expect(timeline.customerId).toBe(a);
    expect(timeline.items.some((item) => item.kind === "merge")).toBe(true);
    await expect(agent.merges.unmerge({ mergeId: merged.mergeId })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await t.caller("supervisor").merges.unmerge({ mergeId: merged.mergeId });
    expect(await snapshot()).toEqual(before);
  });

  it("sends a thread that arrived after the merge back with the absorbed customer's address", async () => {
    const a = await newCustomer(3);
    const bMessage = message("email");
    const bResult = await ingestMessages(t.database.db, email, [bMessage]);
    const b = (
      await t.database.db
        .selectFrom("timeline_events")
        .select("customer_id")
        .where("inbound_event_id", "=", bResult.eventId)
        .where("customer_id", "is not", null)
        .$narrowType<{ customer_id: string }>()
        .executeTakeFirstOrThrow()
    ).customer_id;
    const merged = await t
      .caller("agent")
      .merges.merge({ survivorId: a, absorbedId: b, reason: "same person" });
    const later = message("email", { threadKey: "after-merge", author: bMessage.author });
    await ingestMessages(t.database.db, email, [later]);
    const afterMergeOwner = await t.database.db
      .selectFrom("timeline_events")
      .select("customer_id")
      .where("external_id", "=", later.externalId)
      .executeTakeFirstOrThrow();
    expect(afterMergeOwner.customer_id).toBe(a);
    await t.caller("supervisor").merges.unmerge({ mergeId: merged.mergeId });
    const afterUndo = await t.database.db
      .selectFrom("timeline_events")
      .select("customer_id")
      .where("external_id", "=", later.externalId)
      .executeTakeFirstOrThrow();
    expect(afterUndo.customer_id).toBe(b);
  });

  it("undoing any sequence of merges in reverse order restores the start (property)", async () => {
    const pool = [await newCustomer(10), await newCustomer(11), await newCustomer(12), await newCustomer(13)];
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(3), fc.nat(3)), { minLength: 1, maxLength: 4 }),
        async (pairs) => {
          const start = await snapshot();
          const done: string[] = [];
          for (const [i, j] of pairs) {
            const survivor = pool[i];
            const absorbed = pool[j];
            if (!survivor || !absorbed || survivor === absorbed) continue;
            const merged = await t
              .caller("admin")
              .merges.merge({ survivorId: survivor, absorbedId: absorbed, reason: "property test" })
              .catch(() => null);
            if (merged) done.push(merged.mergeId);
          }
          for (const mergeId of done.reverse()) await t.caller("admin").merges.unmerge({ mergeId });
          expect(await snapshot()).toEqual(start);
        },
      ),
      { numRuns: 15 },
    );
  });
});
