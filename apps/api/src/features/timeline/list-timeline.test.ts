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
    const times: string[] = [];
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
        times.push(item.occurredAt);
      }
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toHaveLength(25);
    expect(new Set(seen).size).toBe(25);
    expect(seen.at(-1)).toBe("Eintrag 0");
    // The text of Date#toISOString, whatever precision the database keeps.
    expect(times.at(-1)).toBe(new Date(Date.UTC(2026, 5, 1, 8, 0, 0)).toISOString());
  });

  it("filters by channel", async () => {
    const page = await t.caller("agent").timeline.list({ customerId, channels: ["phone"], limit: 100 });
    expect(page.items).toHaveLength(12);
    expect(page.items.every((item) => item.channel === "phone" && item.kind === "call")).toBe(true);
  });

  it("filters by kind and channel together, page by page", async () => {
    const texts: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await t.caller("agent").timeline.list({
        customerId,
        channels: ["email"],
        kinds: ["message"],
        limit: 5,
        ...(cursor ? { cursor } : {}),
      });
      texts.push(...page.items.map((item) => item.text));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(texts).toHaveLength(13);
    expect(
      await t.caller("agent").timeline.list({ customerId, channels: ["email"], kinds: ["call"] }),
    ).toMatchObject({ items: [], nextCursor: null });
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

  it("shows each item with its conversation's subject, even when a later mail changed the subject line", async () => {
    const connector = await createTestConnector(t.database.db, "email");
    const author = {
      name: "Sandra Subjekt",
      identities: [{ kind: "email" as const, value: "subjekt@example.de" }],
    };
    await ingestMessages(t.database.db, connector, [
      message("email", { threadKey: "subject-thread", subject: "Kontoauszüge", author }),
      message("email", { threadKey: "subject-thread", subject: "AW: Kontoauszüge fehlen noch", author }),
    ]);
    const owner = await t.database.db
      .selectFrom("identities")
      .select("customer_id")
      .where("value", "=", "subjekt@example.de")
      .executeTakeFirstOrThrow();
    const first = await t.caller("agent").timeline.list({ customerId: owner.customer_id });
    const conversationId = first.items[0]?.conversationId ?? "";
    await t.caller("agent").conversations.addNote({ conversationId, text: "Auszüge per Post verschickt" });
    const page = await t.caller("agent").timeline.list({ customerId: owner.customer_id });
    expect(page.items.map((item) => [item.subject, item.conversationSubject])).toEqual([
      [null, "Kontoauszüge"],
      ["AW: Kontoauszüge fehlen noch", "Kontoauszüge"],
      ["Kontoauszüge", "Kontoauszüge"],
    ]);
  });

  it("names the agent who wrote a note as they were named then, with the conversation's subject", async () => {
    const [latest] = (await t.caller("agent").timeline.list({ customerId, channels: ["phone"], limit: 1 }))
      .items;
    const conversationId = latest?.conversationId ?? "";
    await t.caller("agent").conversations.addNote({ conversationId, text: "Rückruf vereinbart" });
    await t.caller("admin").users.update({ userId: t.users.agent.id, displayName: "Test agent (renamed)" });
    const page = await t.caller("agent").timeline.list({ customerId, kinds: ["note"] });
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({
      text: "Rückruf vereinbart",
      author: { type: "user", id: t.users.agent.id, name: "Test agent" },
      conversationId,
      conversationSubject: latest?.conversationSubject,
    });
  });
});
