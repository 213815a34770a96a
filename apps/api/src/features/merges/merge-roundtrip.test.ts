import fc from "fast-check";
import { TRPCError, getTRPCErrorShape } from "@trpc/server";
import { openSession } from "../../auth/open-session.ts";
import { appRouter } from "../../trpc/app-router.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { createTestConnector, ingestMessages, message } from "../../test/test-ingest.ts";

let t: TestApp;
let email: string;
let phone: string;
/** Another agent than t.users.agent: a colleague. */
let colleagueToken: string;
beforeAll(async () => {
  t = await createTestApp();
  const colleague = await t.database.db
    .insertInto("users")
    .values({ email: "colleague@test.example", display_name: "Julia", role: "agent", password_hash: "x" })
    .returning("id")
    .executeTakeFirstOrThrow();
  colleagueToken = (await openSession(t.database.db, { userId: colleague.id, now: new Date() })).token;
  email = await createTestConnector(t.database.db, "email");
  phone = await createTestConnector(t.database.db, "phone");
});
afterAll(() => t.close());

/** A failed call as the console receives it, through the API's error formatter. */
function wireError(error: unknown) {
  if (!(error instanceof TRPCError)) throw error;
  return getTRPCErrorShape({
    config: appRouter._def._config,
    error,
    type: "mutation",
    path: "merges",
    input: undefined,
    ctx: undefined,
  });
}

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
      external_id: `acct-${String(n)}`,
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
      confirmedDifferences: ["displayName"],
    });
    const during = await snapshot();
    expect(during.identities.filter((i) => i.customer_id === b)).toEqual([]);
    expect(during.events.filter((e) => e.customer_id === b)).toEqual([]);
    const opened = await agent.customers.get({ customerId: b });
    expect(opened.id).toBe(a);
    const timeline = await agent.timeline.list({ customerId: b });
    expect(timeline.customerId).toBe(a);
    expect(timeline.items.some((item) => item.kind === "merge")).toBe(true);
    // A colleague may not split it (and the console is told why); the agent who merged may, at once.
    const refused = await t
      .callerWithToken(colleagueToken)
      .merges.unmerge({ mergeId: merged.mergeId })
      .catch(wireError);
    expect(refused).toMatchObject({ data: { code: "FORBIDDEN", mergeRefusal: "not-yours" } });
    await agent.merges.unmerge({ mergeId: merged.mergeId });
    expect(await snapshot()).toEqual(before);
  });

  it("a supervisor may undo any agent's merge", async () => {
    const a = await newCustomer(4);
    const b = await newCustomer(5);
    const before = await snapshot();
    const merged = await t.caller("agent").merges.merge({
      survivorId: a,
      absorbedId: b,
      reason: "same person",
      confirmedDifferences: ["displayName"],
    });
    await t.caller("supervisor").merges.unmerge({ mergeId: merged.mergeId });
    expect(await snapshot()).toEqual(before);
  });

  it("merging customers whose names differ needs the agent's confirmation of what differs", async () => {
    const a = await newCustomer(6);
    const b = await newCustomer(7);
    const agent = t.caller("agent");
    const preview = await agent.merges.preview({ survivorId: a, absorbedId: b });
    expect(preview.differences).toEqual([
      {
        field: "displayName",
        survivor: preview.survivor.displayName,
        absorbed: preview.absorbed.displayName,
      },
    ]);
    const before = await snapshot();
    await expect(
      agent.merges.merge({ survivorId: a, absorbedId: b, reason: "same person" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await snapshot()).toEqual(before);
    const merged = await agent.merges.merge({
      survivorId: a,
      absorbedId: b,
      reason: "same person",
      confirmedDifferences: ["displayName"],
    });
    await agent.merges.unmerge({ mergeId: merged.mergeId });
  });

  it("customers with one name written differently merge without a question", async () => {
    const a = await newCustomer(8);
    const b = await newCustomer(9);
    await t.database.db
      .updateTable("customers")
      .set({ display_name: "Jürgen Weiß" })
      .where("id", "=", a)
      .execute();
    await t.database.db
      .updateTable("customers")
      .set({ display_name: "juergen weiss" })
      .where("id", "=", b)
      .execute();
    const agent = t.caller("agent");
    expect((await agent.merges.preview({ survivorId: a, absorbedId: b })).differences).toEqual([]);
    const merged = await agent.merges.merge({ survivorId: a, absorbedId: b, reason: "same person" });
    await agent.merges.unmerge({ mergeId: merged.mergeId });
  });

  it("keeps a suggestion's evidence as facts for the console to word, without ids or English prose", async () => {
    const first = message("email");
    const second = message("phone");
    await ingestMessages(t.database.db, email, [first]);
    await ingestMessages(t.database.db, phone, [second]);
    // One mail that carries both: the two customers are probably one person.
    await ingestMessages(t.database.db, email, [
      message("email", {
        author: { name: "Kunde", identities: [...first.author.identities, ...second.author.identities] },
      }),
    ]);
    const suggestion = await t.database.db
      .selectFrom("merge_suggestions")
      .selectAll()
      .where("status", "=", "open")
      .orderBy("created_at", "desc")
      .executeTakeFirstOrThrow();
    const agent = t.caller("agent");
    const shown = await agent.customers.get({ customerId: suggestion.customer_a });
    const evidence = {
      code: "shared-event",
      identities: expect.arrayContaining([
        { kind: "email", value: first.author.identities[0]?.value },
        { kind: "phone", value: second.author.identities[0]?.value },
      ]) as unknown,
      customerIds: [suggestion.customer_a, suggestion.customer_b],
    };
    expect(shown.mergeSuggestions.find((s) => s.id === suggestion.id)?.reasons).toEqual([evidence]);
    const merged = await agent.merges.merge({
      survivorId: suggestion.customer_a,
      absorbedId: suggestion.customer_b,
      suggestionId: suggestion.id,
      confirmedDifferences: ["displayName"],
    });
    const after = await agent.customers.get({ customerId: suggestion.customer_a });
    expect(after.merges[0]).toMatchObject({ evidence: [evidence], reason: "", mergedByName: "Test agent" });
    await agent.merges.unmerge({ mergeId: merged.mergeId });
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
    const merged = await t.caller("agent").merges.merge({
      survivorId: a,
      absorbedId: b,
      reason: "same person",
      confirmedDifferences: ["displayName"],
    });
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
              .merges.merge({
                survivorId: survivor,
                absorbedId: absorbed,
                reason: "property test",
                confirmedDifferences: ["displayName", "locale"],
              })
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
