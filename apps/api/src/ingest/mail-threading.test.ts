import { replyTokenFor } from "@emma/core";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EmmaDatabase } from "../db/connect.ts";
import { createTestDatabase } from "../test/test-database.ts";
import { createTestConnector, ingestMessages, message } from "../test/test-ingest.ts";

let database: EmmaDatabase;
let mailbox: string;
let conversationId: string;
beforeAll(async () => {
  database = await createTestDatabase();
  mailbox = await createTestConnector(database.db, "email");
  await ingestMessages(database.db, mailbox, [
    message("email", {
      externalId: "first@mail.example",
      threadKey: "first@mail.example",
      subject: "Kartensperre",
      author: { name: "Jana Roth", identities: [{ kind: "email", value: "jana.roth@example.de" }] },
    }),
  ]);
  conversationId = (await conversationOf("first@mail.example")).id;
});
afterAll(() => database.close());

async function conversationOf(externalId: string) {
  return database.db
    .selectFrom("timeline_events as e")
    .innerJoin("conversations as c", "c.id", "e.conversation_id")
    .select(["c.id", "c.status", "e.metadata", "e.customer_id"])
    .where("e.external_id", "=", externalId)
    .executeTakeFirstOrThrow();
}
const customers = async () =>
  (await sql<{ n: number }>`select count(*)::int as n from customers`.execute(database.db)).rows[0]?.n;
const jana = { name: "Jana Roth", identities: [{ kind: "email" as const, value: "jana.roth@example.de" }] };

describe("mail threading", () => {
  it("follows a stored Message-ID in In-Reply-To/References into its conversation", async () => {
    await ingestMessages(database.db, mailbox, [
      message("email", {
        externalId: "second@mail.example",
        threadKey: "unrelated-root@mail.example",
        author: jana,
        threading: { referencedIds: ["first@mail.example"] },
      }),
    ]);
    const found = await conversationOf("second@mail.example");
    expect(found.id).toBe(conversationId);
    expect(found.metadata.threadedBy).toBe("stored-message-id");
  });

  it("trusts the reply token in the address over everything else", async () => {
    await ingestMessages(database.db, mailbox, [
      message("email", {
        externalId: "token@mail.example",
        threadKey: "token@mail.example",
        author: jana,
        threading: { replyToken: replyTokenFor(conversationId), referencedIds: [] },
      }),
    ]);
    expect((await conversationOf("token@mail.example")).id).toBe(conversationId);
  });

  it("falls back to the ticket token in the subject", async () => {
    const ref = replyTokenFor(conversationId).slice(0, 8);
    await ingestMessages(database.db, mailbox, [
      message("email", {
        externalId: "subject@mail.example",
        threadKey: "subject@mail.example",
        author: jana,
        subject: `AW: Kartensperre [#EM-${ref.toUpperCase()}]`,
        threading: { subjectToken: ref, referencedIds: [] },
      }),
    ]);
    expect((await conversationOf("subject@mail.example")).metadata.threadedBy).toBe("subject-token");
  });

  it("starts a new conversation when no clue leads anywhere", async () => {
    await ingestMessages(database.db, mailbox, [
      message("email", {
        externalId: "fresh@mail.example",
        threadKey: "fresh@mail.example",
        author: jana,
        threading: { referencedIds: ["never-seen@elsewhere.example"] },
      }),
    ]);
    expect((await conversationOf("fresh@mail.example")).id).not.toBe(conversationId);
  });
});

describe("automated mail", () => {
  it("joins the conversation it answers without reopening it or creating a customer", async () => {
    await database.db
      .updateTable("conversations")
      .set({ status: "resolved" })
      .where("id", "=", conversationId)
      .execute();
    const before = await customers();
    await ingestMessages(database.db, mailbox, [
      message("email", {
        externalId: "ooo@mail.example",
        threadKey: "ooo@mail.example",
        author: { name: "Abwesenheit", identities: [{ kind: "email", value: "autoreply@example.de" }] },
        text: "Ich bin bis Montag nicht im Büro.",
        automated: { kind: "auto-reply", signals: ["Auto-Submitted: auto-replied"] },
        threading: { referencedIds: ["first@mail.example"] },
      }),
    ]);
    const found = await conversationOf("ooo@mail.example");
    expect(found.id).toBe(conversationId);
    expect(found.status).toBe("resolved");
    expect(found.metadata.automated).toMatchObject({ kind: "auto-reply" });
    expect(await customers()).toBe(before);
    const identity = await database.db
      .selectFrom("identities")
      .select("id")
      .where("value", "=", "autoreply@example.de")
      .executeTakeFirst();
    expect(identity).toBeUndefined();
  });

  it("is kept only as a raw event when it answers nothing of ours", async () => {
    const before = await customers();
    const result = await ingestMessages(database.db, mailbox, [
      message("email", {
        externalId: "stray-ooo@mail.example",
        threadKey: "stray-ooo@mail.example",
        author: { identities: [{ kind: "email", value: "nobody@example.de" }] },
        automated: { kind: "auto-reply", signals: ["X-Autoreply: yes"] },
      }),
    ]);
    expect(await customers()).toBe(before);
    const raw = await database.db
      .selectFrom("inbound_events")
      .select("status")
      .where("id", "=", result.eventId)
      .executeTakeFirstOrThrow();
    expect(raw.status).toBe("processed");
  });

  it("marks the reply a bounce refers to as failed, with the remote server's words", async () => {
    const reply = await database.db
      .insertInto("timeline_events")
      .values({
        customer_id: (await conversationOf("first@mail.example")).customer_id,
        origin_customer_id: (await conversationOf("first@mail.example")).customer_id,
        conversation_id: conversationId,
        connector_id: mailbox,
        channel: "email",
        kind: "message",
        direction: "outbound",
        occurred_at: new Date(),
        body_text: "Ihre Karte ist entsperrt.",
        external_id: "outbox-1@emma.example",
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const outbox = await database.db
      .insertInto("outbox")
      .values({
        conversation_id: conversationId,
        connector_id: mailbox,
        timeline_event_id: reply.id,
        idempotency_key: "bounce-test-1",
        payload: JSON.stringify({}),
        status: "sent",
        external_id: "outbox-1@emma.example",
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await ingestMessages(database.db, mailbox, [
      message("email", {
        externalId: "bounce@mx.example",
        threadKey: "bounce@mx.example",
        author: { identities: [{ kind: "email", value: "mailer-daemon@mx.example" }] },
        subject: "Undelivered Mail Returned to Sender",
        automated: {
          kind: "bounce",
          signals: ["multipart/report; report-type=delivery-status"],
          failedMessageIds: ["outbox-1@emma.example"],
          diagnostic: "550 5.1.1 <jana.roth@example.de>: user unknown",
        },
        threading: { referencedIds: ["outbox-1@emma.example"] },
      }),
    ]);
    const row = await database.db
      .selectFrom("outbox")
      .select(["status", "last_error"])
      .where("id", "=", outbox.id)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe("failed");
    expect(row.last_error).toContain("550 5.1.1");
    const bounce = await conversationOf("bounce@mx.example");
    expect(bounce.id).toBe(conversationId);
    expect(bounce.metadata.threadedBy).toBe("our-message-id");
  });
});
