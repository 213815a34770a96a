import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { createTestConnector, ingestMessages, message } from "../../test/test-ingest.ts";

let t: TestApp;
let customerId: string;
const email = { kind: "email" as const, value: "timeline@example.de" };
const phone = { kind: "phone" as const, value: "+4917612345678" };

beforeAll(async () => {
  t = await createTestApp();
  const emailConnector = await createTestConnector(t.database.db, "email");
  const phoneConnector = await createTestConnector(t.database.db, "phone");
  // 25 items, two of them at the very same instant, alternating channels.
  for (let i = 0; i < 25; i++) {
    const channel = i % 2 ? "phone" : "email";
    const at = new Date(Date.UTC(2026, 5, 1, 8, 0, i === 13 ? 12 : i));
    // Each message carries both identifiers, so all 25 land on one customer.
    await ingestMessages(t.database.db, channel === "email" ? emailConnector : phoneConnector, [
      message(channel, {
        occurredAt: at,
        threadKey: `tl-${channel}`,
        text: `Eintrag ${i}`,
        author: { name: "Tim Line", identities: channel === "email" ? [email, phone] : [phone, email] },
      }),
    ]);
  }
  const row = await t.database.db
    .selectFrom("identities")
    .select("customer_id")
    .where("value", "=", "timeline@example.de")
    .executeTakeFirstOrThrow();
  customerId = row.customer_id;
});
afterAll(() => t.close());

describe("timeline.list", () => {
  it("pages newest first through every item once, with no gaps at equal timestamps", async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    let previous = Infinity;
    do {
      const page = await t
        .caller("agent")
        .timeline.list({ customerId, limit: 4, ...(cursor ? { cursor } : {}) });
      for (const item of page.items) {
        const at = Date.parse(item.occurredAt);
        expect(at).toBeLessThanOrEqual(previous);
        previous = at;
        seen.push(item.text);
      }
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toHaveLength(25);
    expect(new Set(seen).size).toBe(25);
    expect(seen.at(-1)).toBe("Eintrag 0");
  });

  it("filters by channel", async () => {
    const page = await t.caller("agent").timeline.list({ customerId, channels: ["phone"], limit: 100 });
    expect(page.items).toHaveLength(12);
    expect(page.items.every((item) => item.channel === "phone" && item.kind === "call")).toBe(true);
  });

  it("links each item to the raw event it came from", async () => {
    const page = await t.caller("agent").timeline.list({ customerId, limit: 1 });
    expect(page.items[0]?.source.type).toBe("inbound-event");
  });

  it("refuses a tampered cursor with a clear message", async () => {
    await expect(t.caller("agent").timeline.list({ customerId, cursor: "bm9wZQ" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });

  it("writes one audit entry per opening, not per page", async () => {
    await t.app.services.readAudit.flush();
    const before = await t.database.db
      .selectFrom("audit_log")
      .select("id")
      .where("action", "=", "timeline.viewed")
      .execute();
    const first = await t.caller("supervisor").timeline.list({ customerId, limit: 5 });
    await t
      .caller("supervisor")
      .timeline.list({ customerId, limit: 5, cursor: first.nextCursor ?? undefined });
    await t.app.services.readAudit.flush();
    const after = await t.database.db
      .selectFrom("audit_log")
      .selectAll()
      .where("action", "=", "timeline.viewed")
      .execute();
    expect(after.length - before.length).toBe(1);
    expect(after.at(-1)).toMatchObject({ actor_user_id: t.users.supervisor.id, customer_id: customerId });
  });
});
