import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EmmaDatabase } from "../db/connect.ts";
import { TEST_TOMBSTONE_KEY, memoryLogger } from "../test/test-app.ts";
import { createTestDatabase } from "../test/test-database.ts";
import { processBatch } from "./process-batch.ts";
import { createTestConnector, ingestMessages, message } from "../test/test-ingest.ts";

let database: EmmaDatabase;
let page: string;
beforeAll(async () => {
  database = await createTestDatabase();
  page = await createTestConnector(database.db, "emma-inbound", "Facebook-Seite");
});
afterAll(() => database.close());

const anna = { name: "Anna Schneider", identities: [{ kind: "facebook" as const, value: "psid-anna" }] };
const at = (minute: number) => new Date(Date.UTC(2026, 11, 1, 10, minute));

const item = (externalId: string) =>
  database.db
    .selectFrom("timeline_events")
    .select(["id", "body_text", "metadata", "conversation_id", "customer_id"])
    .where("connector_id", "=", page)
    .where("external_id", "=", externalId)
    .execute();

const events = () =>
  database.db
    .selectFrom("inbound_events")
    .select(["status", "last_error", "attempts"])
    .where("connector_id", "=", page);

describe("changes from a provider", () => {
  it("an edit shows the new text and keeps the old one, whatever order the edits come in", async () => {
    await ingestMessages(database.db, page, [
      message("facebook", {
        externalId: "mid.1",
        threadKey: "messenger:anna",
        author: anna,
        text: "Karte weg",
        occurredAt: at(0),
      }),
    ]);
    const edit = (text: string, minute: number) =>
      message("facebook", {
        externalId: "mid.1",
        threadKey: "messenger:anna",
        author: { identities: [] },
        text,
        occurredAt: at(minute),
        change: { type: "edit", editedAt: at(minute) },
      });
    await ingestMessages(database.db, page, [edit("Karte gestohlen!", 9)]);
    await ingestMessages(database.db, page, [edit("Karte gestohlen", 5)]);
    const [stored, ...others] = await item("mid.1");
    expect(others).toEqual([]);
    expect(stored?.body_text).toBe("Karte gestohlen!");
    expect(stored?.metadata.edits).toEqual([
      { text: "Karte weg", until: at(9).toISOString() },
      { text: "Karte gestohlen", until: at(9).toISOString() },
    ]);
    expect(stored?.metadata.sourceEventIds).toHaveLength(3);
  });

  it("an edit of an item not here yet waits for it, then applies", async () => {
    const early = await ingestMessages(database.db, page, [
      message("facebook", {
        externalId: "mid.2",
        threadKey: "messenger:anna",
        author: { identities: [] },
        text: "Bitte um Rückruf morgen",
        occurredAt: at(21),
        change: { type: "edit", editedAt: at(21) },
      }),
    ]);
    expect(await item("mid.2")).toEqual([]);
    const waiting = await events().where("id", "=", early.eventId).executeTakeFirstOrThrow();
    expect(waiting).toMatchObject({ status: "pending", attempts: 1 });
    expect(waiting.last_error).toMatch(/before the item it changes/);
    await ingestMessages(database.db, page, [
      message("facebook", {
        externalId: "mid.2",
        threadKey: "messenger:anna",
        author: anna,
        text: "Bitte um Rückruf",
        occurredAt: at(20),
      }),
    ]);
    await processBatch(database.db, memoryLogger(), {
      tombstoneKey: TEST_TOMBSTONE_KEY,
      limit: 10,
      ids: [early.eventId],
    });
    const [applied] = await item("mid.2");
    expect(applied?.body_text).toBe("Bitte um Rückruf morgen");
    expect(applied?.metadata.edits).toEqual([{ text: "Bitte um Rückruf", until: at(21).toISOString() }]);
  });

  it("a removal marks the item and keeps it; one the provider's terms require purges its text", async () => {
    await ingestMessages(database.db, page, [
      message("facebook", {
        externalId: "c.1",
        threadKey: "comment:c.1",
        author: anna,
        text: "Wucher!",
        occurredAt: at(30),
      }),
      message("twitter", {
        externalId: "1790000000000000001",
        threadKey: "post:1790000000000000001",
        author: { identities: [{ kind: "twitter", value: "1790000000000000009" }] },
        text: "@bank Gebühren?",
        occurredAt: at(31),
      }),
    ]);
    await ingestMessages(database.db, page, [
      message("facebook", {
        externalId: "c.1",
        threadKey: "comment:c.1",
        author: { identities: [] },
        text: "",
        occurredAt: at(40),
        change: { type: "delete", deletedAt: at(40), by: "moderator", purge: false },
      }),
      message("twitter", {
        externalId: "1790000000000000001",
        threadKey: "post:1790000000000000001",
        author: { identities: [] },
        text: "",
        occurredAt: at(41),
        change: { type: "delete", deletedAt: at(41), by: "author", purge: true },
      }),
      // Never seen: nothing to mark, and it names no one to create.
      message("facebook", {
        externalId: "c.unknown",
        threadKey: "comment:c.unknown",
        author: { identities: [{ kind: "facebook", value: "psid-stranger" }] },
        text: "",
        occurredAt: at(42),
        change: { type: "delete", deletedAt: at(42), by: "author", purge: false },
      }),
    ]);
    const [comment] = await item("c.1");
    expect(comment?.body_text).toBe("Wucher!");
    expect(comment?.metadata.removed).toEqual({ at: at(40).toISOString(), by: "moderator", purged: false });
    const [post] = await item("1790000000000000001");
    expect(post?.body_text).toBe("");
    expect(post?.metadata.removed).toMatchObject({ by: "author", purged: true });
    expect(await item("c.unknown")).toEqual([]);
    const strangers = await database.db
      .selectFrom("identities")
      .select("id")
      .where("value", "=", "psid-stranger")
      .execute();
    expect(strangers).toEqual([]);
  });

  it("a read receipt marks our replies up to its watermark as read, never one sent after it or one that failed", async () => {
    const [first] = await item("mid.1");
    const reply = (externalId: string, minute: number, delivery: string) =>
      database.db
        .insertInto("timeline_events")
        .values({
          customer_id: first?.customer_id ?? null,
          origin_customer_id: first?.customer_id ?? null,
          conversation_id: first?.conversation_id ?? "",
          connector_id: page,
          channel: "facebook",
          kind: "message",
          direction: "outbound",
          occurred_at: at(minute),
          body_text: "Wir helfen gern.",
          external_id: externalId,
          metadata: JSON.stringify({ delivery }),
        })
        .execute();
    await reply("mid.out.1", 50, "sent");
    await reply("mid.out.2", 51, "failed");
    await reply("mid.out.3", 59, "sent");
    const receipt = (status: "delivered" | "read", minute: number) =>
      message("facebook", {
        externalId: `watermark:${status}:${String(minute)}`,
        threadKey: "messenger:anna",
        author: { identities: [] },
        text: "",
        occurredAt: at(minute),
        change: { type: "receipt", status, upTo: at(minute) },
      });
    await ingestMessages(database.db, page, [receipt("read", 55)]);
    // A late delivery receipt never takes "read" back.
    await ingestMessages(database.db, page, [receipt("delivered", 52)]);
    const delivery = async (id: string) => (await item(id))[0]?.metadata;
    expect(await delivery("mid.out.1")).toMatchObject({ delivery: "read", readAt: at(55).toISOString() });
    expect(await delivery("mid.out.2")).toMatchObject({ delivery: "failed" });
    expect(await delivery("mid.out.3")).toMatchObject({ delivery: "sent" });
    expect(await item("watermark:read:55")).toEqual([]);
  });

  it("our own reply seen back while its send is in flight waits, then is the same item, not a second one", async () => {
    const [first] = await item("mid.1");
    const conversationId = first?.conversation_id ?? "";
    const sent = await database.db
      .insertInto("timeline_events")
      .values({
        customer_id: first?.customer_id ?? null,
        origin_customer_id: first?.customer_id ?? null,
        conversation_id: conversationId,
        connector_id: page,
        channel: "facebook",
        kind: "message",
        direction: "outbound",
        occurred_at: at(58),
        body_text: "Die Karte ist gesperrt.",
        metadata: JSON.stringify({ delivery: "sending" }),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const send = await database.db
      .insertInto("outbox")
      .values({
        conversation_id: conversationId,
        connector_id: page,
        timeline_event_id: sent.id,
        idempotency_key: "echo-test-1",
        payload: JSON.stringify({
          channel: "facebook",
          text: "Die Karte ist gesperrt.",
          subject: null,
          threadKey: "messenger:anna",
        }),
        status: "sending",
        next_attempt_at: at(58),
        created_at: at(58),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const echo = message("facebook", {
      externalId: "mid.echo.1",
      threadKey: "messenger:anna",
      direction: "outbound",
      author: anna,
      text: "Die Karte ist gesperrt.",
      occurredAt: at(58),
    });
    const early = await ingestMessages(database.db, page, [echo]);
    expect(await item("mid.echo.1")).toEqual([]);
    expect(await events().where("id", "=", early.eventId).executeTakeFirstOrThrow()).toMatchObject({
      status: "pending",
    });
    // The send's outcome is recorded with the provider's id; the echo then meets our item.
    await database.db.updateTable("outbox").set({ status: "sent" }).where("id", "=", send.id).execute();
    await database.db
      .updateTable("timeline_events")
      .set({ external_id: "mid.echo.1" })
      .where("id", "=", sent.id)
      .execute();
    await processBatch(database.db, memoryLogger(), {
      tombstoneKey: TEST_TOMBSTONE_KEY,
      limit: 10,
      ids: [early.eventId],
    });
    const echoes = await item("mid.echo.1");
    expect(echoes.map((row) => row.id)).toEqual([sent.id]);
    expect(await events().where("id", "=", early.eventId).executeTakeFirstOrThrow()).toMatchObject({
      status: "processed",
    });
  });

  it("shows an X user's renamed @handle on the same identity, but keeps an email's first display name", async () => {
    const post = (handle: string, minute: number) =>
      message("twitter", {
        threadKey: "post:1790000000000000777",
        author: { identities: [{ kind: "twitter", value: "1790000000000000778", display: handle }] },
        occurredAt: at(minute),
      });
    await ingestMessages(database.db, page, [post("@anna_alt", 1)]);
    await ingestMessages(database.db, page, [post("@anna_neu", 2)]);
    const mail = (display: string) =>
      message("email", { author: { identities: [{ kind: "email", value: "anna@kunde.example", display }] } });
    await ingestMessages(database.db, page, [mail("Anna Schneider")]);
    await ingestMessages(database.db, page, [mail("anna")]);
    const displays = await database.db
      .selectFrom("identities")
      .select(["kind", "display"])
      .where("value", "in", ["1790000000000000778", "anna@kunde.example"])
      .orderBy("kind")
      .execute();
    expect(displays).toEqual([
      { kind: "email", display: "Anna Schneider" },
      { kind: "twitter", display: "@anna_neu" },
    ]);
  });
});
