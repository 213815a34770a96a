import { layoutJourney } from "@emma/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { createTestConnector, ingestMessages, message } from "../../test/test-ingest.ts";

let t: TestApp;
let survivorId: string;
let absorbedId: string;
const at = (iso: string) => new Date(`2026-01-${iso}Z`);

async function customerOf(db: TestApp["database"]["db"], value: string): Promise<string> {
  const row = await db
    .selectFrom("identities")
    .select("customer_id")
    .where("value", "=", value)
    .executeTakeFirstOrThrow();
  return row.customer_id;
}

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const email = await createTestConnector(db, "email");
  const phone = await createTestConnector(db, "phone");
  const mailAuthor = {
    name: "Erika Brandt",
    identities: [{ kind: "email" as const, value: "erika@brandt.example" }],
  };
  for (const occurredAt of [at("05T09:00:00"), at("05T11:00:00")])
    await ingestMessages(db, email, [
      message("email", { threadKey: "karte", subject: "Karte gesperrt", occurredAt, author: mailAuthor }),
    ]);
  await ingestMessages(db, phone, [
    message("phone", {
      threadKey: "anruf",
      occurredAt: at("20T08:00:00"),
      author: { name: "Erika Brandt", identities: [{ kind: "phone", value: "+4915112345678" }] },
      call: { status: "no-answer", from: "+4915112345678", to: "+4930123456", durationSeconds: 0 },
    }),
  ]);
  survivorId = await customerOf(db, "erika@brandt.example");
  absorbedId = await customerOf(db, "+4915112345678");
  const mail = await db
    .selectFrom("conversations")
    .select(["id", "channel"])
    .where("customer_id", "=", survivorId)
    .executeTakeFirstOrThrow();
  // Our answers: one within the half hour, one the next afternoon, 28 hours after her second mail.
  for (const occurredAt of [at("05T09:30:00"), at("06T15:00:00")])
    await db
      .insertInto("timeline_events")
      .values({
        customer_id: survivorId,
        origin_customer_id: survivorId,
        conversation_id: mail.id,
        channel: "email",
        kind: "message",
        direction: "outbound",
        occurred_at: occurredAt,
        body_text: "Ihre neue Karte ist unterwegs.",
        metadata: {},
      })
      .execute();
  await db
    .updateTable("conversations")
    .set({ waiting_since: null, answered_at: at("06T15:00:00") })
    .where("id", "=", mail.id)
    .execute();
  await t.caller("supervisor").merges.merge({ survivorId, absorbedId, reason: "dieselbe Person" });
});
afterAll(() => t.close());

describe("customers.journey", () => {
  it("draws every conversation of the customer and of whoever was merged into them", async () => {
    const journey = await t.caller("supervisor").customers.journey({ customerId: absorbedId });
    expect(journey.customerId).toBe(survivorId);
    expect(journey.conversations.map((c) => c.channel).sort()).toEqual(["email", "phone"]);
    const mail = journey.conversations.find((c) => c.channel === "email");
    expect(mail?.items.map((i) => [i.direction, i.clock])).toEqual([
      ["inbound", "customer_wrote"],
      ["outbound", "answered"],
      ["inbound", "customer_wrote"],
      ["outbound", "answered"],
    ]);
    const call = journey.conversations.find((c) => c.channel === "phone");
    // A call nobody took: a callback is owed since the call, within the hour.
    expect(call).toMatchObject({
      waitingSince: at("20T08:00:00").toISOString(),
      responseTargetMinutes: 60,
      responseDueAt: at("20T09:00:00").toISOString(),
    });
  });

  it("gives the picture the 28-hour wait for the second answer, and the callback still owed", async () => {
    const journey = await t.caller("agent").customers.journey({ customerId: survivorId });
    const now = new Date();
    const layout = layoutJourney({
      conversations: journey.conversations.map((c) => ({
        ...c,
        createdAt: new Date(c.createdAt),
        lastMessageAt: new Date(c.lastMessageAt),
        resolvedAt: c.resolvedAt === null ? null : new Date(c.resolvedAt),
        waitingSince: c.waitingSince === null ? null : new Date(c.waitingSince),
        responseDueAt: c.responseDueAt === null ? null : new Date(c.responseDueAt),
        items: c.items.map((i) => ({ ...i, at: new Date(i.at) })),
      })),
      range: { from: at("01T00:00:00"), to: now },
      now,
    });
    const gaps = layout.lanes.flatMap((lane) => lane.bars.flatMap((bar) => bar.gaps));
    expect(gaps.map((g) => [g.from, g.ongoing])).toEqual([
      [at("05T11:00:00"), false],
      [at("20T08:00:00"), true],
    ]);
    expect(gaps[0]?.waitedMs).toBe(28 * 60 * 60_000);
  });

  it("keeps to the range asked for", async () => {
    const journey = await t
      .caller("supervisor")
      .customers.journey({ customerId: survivorId, to: at("10T00:00:00") });
    expect(journey.conversations.map((c) => c.channel)).toEqual(["email"]);
  });

  it("is audited as a read of the customer", async () => {
    await t.caller("agent").customers.journey({ customerId: survivorId });
    await t.app.services.readAudit.flush();
    const reads = await t.database.db
      .selectFrom("audit_log")
      .select(["actor_user_id", "details"])
      .where("action", "=", "customer.viewed")
      .where("customer_id", "=", survivorId)
      .execute();
    expect(reads).toContainEqual({ actor_user_id: t.users.agent.id, details: { view: "journey" } });
  });
});
