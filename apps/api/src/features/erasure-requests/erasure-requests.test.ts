import { DEFAULT_RETENTION_SETTINGS, type ErasureRefusal } from "@emma/core";
import { TRPCError } from "@trpc/server";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it, vi, type MockInstance } from "vitest";
import { openSession } from "../../auth/open-session.ts";
import { insertCustomer } from "../../test/fixtures.ts";
import { postgresOnly } from "../../test/postgres-only.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { createTestConnector, ingestMessages, message } from "../../test/test-ingest.ts";
import { ErasureRefusalError } from "./erasure-refusal-error.ts";

let t: TestApp;
let wakes: MockInstance<() => void>;

beforeAll(async () => {
  t = await createTestApp();
  wakes = vi.spyOn(t.app.services.erasures, "wake");
});
afterAll(() => t.close());

/** The erasure rule a call was refused by, or the error code, or "ok". */
async function refusalOf(call: Promise<unknown>): Promise<ErasureRefusal | string> {
  return call.then(
    () => "ok",
    (error: unknown) => {
      if (error instanceof TRPCError && error.cause instanceof ErasureRefusalError)
        return error.cause.refusal;
      return error instanceof TRPCError ? error.code : String(error);
    },
  );
}

async function auditActions(customerId: string): Promise<string[]> {
  const rows = await t.database.db
    .selectFrom("audit_log")
    .select("action")
    .where("customer_id", "=", customerId)
    .orderBy("id")
    .execute();
  return rows.map((row) => row.action);
}

let people = 0;
async function colleague(role: "supervisor" | "admin") {
  people += 1;
  const name = `${role} ${people}`;
  const user = await t.database.db
    .insertInto("users")
    .values({
      email: `colleague${people}@test.example`,
      display_name: name,
      role,
      password_hash: "not-a-hash",
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const { token } = await openSession(t.database.db, { userId: user.id, now: new Date() });
  return { id: user.id, name, caller: t.callerWithToken(token) };
}

const reason = "Kundin verlangt Löschung nach Art. 17 DSGVO, Brief vom 1.12.";

describe("an erasure request, asked by a supervisor and decided by an admin", () => {
  it("goes from requested to approved with run_after now, wakes the erasure worker, is audited and then done", async () => {
    const customerId = await insertCustomer(t.database.db, "Anna Antrag");
    const asked = await t.caller("supervisor").erasure.request({ customerId, reason });
    expect(asked).toMatchObject({
      status: "requested",
      customerName: "Anna Antrag",
      requestedByName: "Test supervisor",
      reason,
      block: { kind: "free" },
      runAfter: null,
    });

    const queue = await t.caller("admin").erasure.list({ status: "requested" });
    expect(queue.map((r) => r.id)).toContain(asked.id);

    const wakesBefore = wakes.mock.calls.length;
    const approved = await t.caller("admin").erasure.approve({ requestId: asked.id, note: "Geprüft" });
    expect(approved).toMatchObject({
      status: "approved",
      decidedByName: "Test admin",
      decisionNote: "Geprüft",
    });
    expect(approved.runAfter).not.toBeNull();
    expect(Date.parse(approved.runAfter ?? "")).toBeLessThanOrEqual(Date.now());
    expect(wakes.mock.calls.length).toBe(wakesBefore + 1);

    const onThe360 = await t.caller("supervisor").erasure.forCustomer({ customerId });
    expect(onThe360.current).toMatchObject({ id: asked.id, status: "approved" });
    expect(await auditActions(customerId)).toEqual(["erasure.requested", "erasure.approved"]);

    // The worker the approval woke (paused in tests, so driven here) carries it out.
    await t.app.services.erasures.drain();
    const afterwards = await t.caller("supervisor").erasure.forCustomer({ customerId });
    expect(afterwards.current).toMatchObject({ id: asked.id, status: "done" });
    const erased = await t.caller("supervisor").customers.get({ customerId });
    expect(erased.erased).toBe(true);
    expect(JSON.stringify(erased)).not.toContain("Anna Antrag");
  });

  it("refuses a second request while one is open and shows the open one; after a refusal one may ask again", async () => {
    const customerId = await insertCustomer(t.database.db, "Bernd Doppelt");
    const first = await t.caller("supervisor").erasure.request({ customerId, reason });
    const other = await colleague("supervisor");
    expect(await refusalOf(other.caller.erasure.request({ customerId, reason }))).toEqual({
      code: "already_open",
      request: {
        id: first.id,
        status: "requested",
        requestedByName: "Test supervisor",
        requestedAt: first.requestedAt,
      },
    });

    const refused = await t
      .caller("admin")
      .erasure.refuse({ requestId: first.id, note: "Vertrag läuft noch" });
    expect(refused).toMatchObject({ status: "refused", decisionNote: "Vertrag läuft noch", runAfter: null });
    await expect(other.caller.erasure.request({ customerId, reason })).resolves.toMatchObject({
      status: "requested",
    });
    expect(await auditActions(customerId)).toEqual([
      "erasure.requested",
      "erasure.refused",
      "erasure.requested",
    ]);
  });

  it("may be withdrawn by another supervisor while it waits, and then no longer be approved", async () => {
    const customerId = await insertCustomer(t.database.db, "Clara Zurück");
    const asked = await t.caller("supervisor").erasure.request({ customerId, reason });
    const other = await colleague("supervisor");
    await expect(other.caller.erasure.withdraw({ requestId: asked.id })).resolves.toMatchObject({
      status: "withdrawn",
    });
    expect(await refusalOf(t.caller("admin").erasure.approve({ requestId: asked.id }))).toEqual({
      code: "not_pending",
      status: "withdrawn",
    });
    expect(await refusalOf(other.caller.erasure.withdraw({ requestId: asked.id }))).toMatchObject({
      code: "not_pending",
    });
  });

  it("is refused to an agent, who may neither ask, nor read, nor decide", async () => {
    const customerId = await insertCustomer(t.database.db, "Dora Agentin");
    expect(await refusalOf(t.caller("agent").erasure.request({ customerId, reason }))).toBe("FORBIDDEN");
    expect(await refusalOf(t.caller("agent").erasure.list({}))).toBe("FORBIDDEN");
    const asked = await t.caller("supervisor").erasure.request({ customerId, reason });
    expect(await refusalOf(t.caller("agent").erasure.approve({ requestId: asked.id }))).toBe("FORBIDDEN");
    expect(await refusalOf(t.caller("supervisor").erasure.approve({ requestId: asked.id }))).toBe(
      "FORBIDDEN",
    );
  });

  it("is not taken for a customer merged into another (pointing to the survivor) or erased already", async () => {
    const survivor = await insertCustomer(t.database.db, "Emil Bleibt");
    const absorbed = await insertCustomer(t.database.db, "Emil Doppelt");
    await t.database.db
      .updateTable("customers")
      .set({ merged_into: survivor })
      .where("id", "=", absorbed)
      .execute();
    expect(await refusalOf(t.caller("supervisor").erasure.request({ customerId: absorbed, reason }))).toEqual(
      {
        code: "merged_away",
        survivorId: survivor,
      },
    );
    const erased = await insertCustomer(t.database.db, "Gelöschte Person");
    await t.database.db
      .updateTable("customers")
      .set({ erased_at: new Date() })
      .where("id", "=", erased)
      .execute();
    expect(await refusalOf(t.caller("supervisor").erasure.request({ customerId: erased, reason }))).toEqual({
      code: "already_erased",
    });
    expect((await t.caller("supervisor").erasure.forCustomer({ customerId: erased })).erased).toBe(true);
  });
});

describe("four eyes", () => {
  it("never lets an admin approve or refuse their own request; another admin may", async () => {
    const customerId = await insertCustomer(t.database.db, "Frida Vier");
    const asked = await t.caller("admin").erasure.request({ customerId, reason });
    expect(await refusalOf(t.caller("admin").erasure.approve({ requestId: asked.id }))).toEqual({
      code: "own_request",
    });
    expect(
      await refusalOf(t.caller("admin").erasure.refuse({ requestId: asked.id, note: "Selbst entschieden" })),
    ).toEqual({ code: "own_request" });
    const second = await colleague("admin");
    await expect(second.caller.erasure.approve({ requestId: asked.id })).resolves.toMatchObject({
      status: "approved",
      decidedByName: second.name,
    });
  });
});

describe("legal holds", () => {
  it("block an approval, naming the hold and who placed it; lifting the hold lets it through", async () => {
    const customerId = await insertCustomer(t.database.db, "Gustav Gericht");
    const asked = await t.caller("supervisor").erasure.request({ customerId, reason });
    const hold = await t
      .caller("admin")
      .legalHolds.place({ customerId, reason: "Klage LG Berlin 12 O 3/26" });
    expect(hold).toMatchObject({ placedByName: "Test admin", liftedAt: null });
    expect((await t.caller("supervisor").erasure.forCustomer({ customerId })).block).toMatchObject({
      kind: "held",
      holds: [{ id: hold.id, reason: "Klage LG Berlin 12 O 3/26" }],
    });

    const second = await colleague("admin");
    expect(await refusalOf(second.caller.erasure.approve({ requestId: asked.id }))).toMatchObject({
      code: "held",
      holds: [{ id: hold.id, reason: "Klage LG Berlin 12 O 3/26", placedByName: "Test admin" }],
    });
    await t.caller("admin").legalHolds.lift({ holdId: hold.id, note: "Verfahren beendet" });
    expect(await refusalOf(t.caller("admin").legalHolds.lift({ holdId: hold.id, note: "Nochmal" }))).toEqual({
      code: "hold_lifted",
    });
    await expect(second.caller.erasure.approve({ requestId: asked.id })).resolves.toMatchObject({
      status: "approved",
      block: { kind: "free" },
    });
    expect(await t.caller("supervisor").legalHolds.forCustomer({ customerId })).toEqual([
      expect.objectContaining({ liftNote: "Verfahren beendet", liftedByName: "Test admin" }),
    ]);
    expect(await auditActions(customerId)).toEqual([
      "erasure.requested",
      "legalHold.placed",
      "legalHold.lifted",
      "erasure.approved",
    ]);
  });

  it("placed after an approval, shows the approved erasure held in the queue", async () => {
    const customerId = await insertCustomer(t.database.db, "Hanna Später");
    const asked = await t.caller("supervisor").erasure.request({ customerId, reason });
    await t.caller("admin").erasure.approve({ requestId: asked.id });
    await t.caller("admin").legalHolds.place({ customerId, reason: "Auskunftsersuchen der BaFin" });
    const listed = (await t.caller("admin").erasure.list({})).find((r) => r.id === asked.id);
    expect(listed).toMatchObject({ status: "approved", block: { kind: "held" } });
  });

  it("may not be placed or lifted by a supervisor, who may read them", async () => {
    const customerId = await insertCustomer(t.database.db, "Ida Lesen");
    const place = t.caller("supervisor").legalHolds.place({ customerId, reason: "Eigenes Verfahren" });
    expect(await refusalOf(place)).toBe("FORBIDDEN");
    await expect(t.caller("supervisor").legalHolds.forCustomer({ customerId })).resolves.toEqual([]);
  });
});

describe("duties to keep", () => {
  it("delay the erasure until the latest one ends, and approval schedules it then and says so", async () => {
    const db = t.database.db;
    await t.caller("admin").settings.saveRetention({
      ...DEFAULT_RETENTION_SETTINGS,
      duties: [
        { tag: "geschäftsbrief", years: 6, reason: "HGB §257 Handelsbriefe" },
        { tag: "buchungsbeleg", years: 10, reason: "HGB §257 Buchungsbelege" },
      ],
    });
    const connectorId = await createTestConnector(db, "email", "Pflichten");
    const first = message("email", { threadKey: "duty-a" });
    await ingestMessages(db, connectorId, [first]);
    const identities = first.author.identities;
    await ingestMessages(db, connectorId, [
      message("email", { threadKey: "duty-b", author: { identities } }),
    ]);
    const conversations = await db
      .selectFrom("conversations")
      .select(["id", "customer_id", "external_thread_key"])
      .where("external_thread_key", "in", ["duty-a", "duty-b"])
      .execute();
    const customerId = conversations[0]?.customer_id ?? "";
    const letters = { a: ["geschäftsbrief"], b: ["buchungsbeleg"] };
    const lastMessages = { a: "2024-05-10T09:00:00Z", b: "2019-06-01T12:00:00Z" };
    for (const conversation of conversations) {
      const which = conversation.external_thread_key === "duty-a" ? "a" : "b";
      await db
        .updateTable("conversations")
        .set({ tags: letters[which], last_message_at: new Date(lastMessages[which]) })
        .where("id", "=", conversation.id)
        .execute();
    }

    const asked = await t.caller("supervisor").erasure.request({ customerId, reason });
    expect(asked.block).toEqual({
      kind: "delayed",
      until: "2031-01-01T00:00:00.000Z",
      because: [
        {
          tag: "geschäftsbrief",
          reason: "HGB §257 Handelsbriefe",
          years: 6,
          conversations: 1,
          until: "2031-01-01T00:00:00.000Z",
        },
        {
          tag: "buchungsbeleg",
          reason: "HGB §257 Buchungsbelege",
          years: 10,
          conversations: 1,
          until: "2030-01-01T00:00:00.000Z",
        },
      ],
    });
    const approved = await t.caller("admin").erasure.approve({ requestId: asked.id });
    expect(approved).toMatchObject({ status: "approved", runAfter: "2031-01-01T00:00:00.000Z" });
    await t.caller("admin").settings.saveRetention(DEFAULT_RETENTION_SETTINGS);
  });
});

describe("two supervisors asking for the same customer's erasure at the same moment", () => {
  it.runIf(postgresOnly("two erasure requests in two transactions at once"))(
    "files one request and tells the other supervisor about it",
    async () => {
      const db = t.database.db;
      const customerId = await insertCustomer(db, "Jana Gleichzeitig");
      const other = await colleague("supervisor");
      // Hold the customer's row so both requests are under way before either may look for an open one.
      const pending = await db.transaction().execute(async (trx) => {
        await sql`select id from customers where id = ${customerId} for update`.execute(trx);
        const both = Promise.all([
          refusalOf(t.caller("supervisor").erasure.request({ customerId, reason })),
          refusalOf(other.caller.erasure.request({ customerId, reason: "Telefonisch verlangt" })),
        ]);
        for (let waited = 0; waited < 100; waited++) {
          // Within a transaction the activity view is a snapshot taken once; take a fresh one.
          await sql`select pg_stat_clear_snapshot()`.execute(trx);
          const { rows } = await sql<{ n: number }>`
            select count(*)::int as n from pg_stat_activity
            where wait_event_type = 'Lock' and datname = current_database()
          `.execute(trx);
          if ((rows[0]?.n ?? 0) >= 2) break;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        return { both };
      });
      const outcomes = await pending.both;
      const codes = outcomes.map((outcome) => (typeof outcome === "string" ? outcome : outcome.code)).sort();
      expect(codes).toEqual(["already_open", "ok"]);
      const requests = await db
        .selectFrom("erasure_requests")
        .select("id")
        .where("customer_id", "=", customerId)
        .execute();
      expect(requests).toHaveLength(1);
      expect(outcomes.find((outcome) => typeof outcome !== "string")).toMatchObject({
        request: { id: requests[0]?.id },
      });
    },
  );
});
