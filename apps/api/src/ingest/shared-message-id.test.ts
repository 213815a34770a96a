import { mail } from "@emma/connectors/simulators";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EmmaDatabase } from "../db/connect.ts";
import { outboundMessage } from "../outbox/outbound-message.ts";
import { TEST_TOMBSTONE_KEY, memoryLogger } from "../test/test-app.ts";
import { createTestDatabase } from "../test/test-database.ts";
import { processBatch } from "./process-batch.ts";
import { postgresOnly } from "../test/postgres-only.ts";
import { createTestMailbox, ingestRawMail, rawMailEvent } from "../test/test-ingest.ts";
import { storeInboundEvent } from "./store-inbound-event.ts";

let database: EmmaDatabase;
let mailbox: string;
beforeAll(async () => {
  database = await createTestDatabase();
  mailbox = await createTestMailbox(database.db);
});
afterAll(() => database.close());

// A web form's mailer that writes the same Message-ID into every mail it sends.
const webform = (who: string, day: number, messageId = "<1@webform.localhost>") =>
  mail(
    `From: ${who} <${who.toLowerCase()}@kunde.example>`,
    "To: service@bank.example",
    `Subject: Rückruf für ${who}`,
    `Message-ID: ${messageId}`,
    `Date: Mon, ${day} Nov 2026 08:00:00 +0100`,
    "",
    `Bitte rufen Sie ${who} zurück.`,
  );

const deliver = (raw: Buffer) => ingestRawMail(database.db, mailbox, raw);

const items = () =>
  database.db
    .selectFrom("timeline_events as e")
    .innerJoin("conversations as c", "c.id", "e.conversation_id")
    .innerJoin("customers as cu", "cu.id", "c.customer_id")
    .select(["e.id", "e.body_text", "e.direction", "c.id as conversation_id", "cu.display_name"])
    .where("e.connector_id", "=", mailbox)
    .orderBy("e.occurred_at")
    .execute();

describe("two different mails with one Message-ID", () => {
  it("are both kept, each in a conversation with its own sender; the same bytes again are a duplicate", async () => {
    const ute = webform("Ute", 2);
    const jan = webform("Jan", 3);
    expect((await deliver(ute)).duplicate).toBe(false);
    expect((await deliver(jan)).duplicate).toBe(false);
    expect((await deliver(jan)).duplicate).toBe(true);
    const kept = await items();
    expect(kept.map((item) => [item.body_text, item.display_name])).toEqual([
      ["Bitte rufen Sie Ute zurück.", "Ute"],
      ["Bitte rufen Sie Jan zurück.", "Jan"],
    ]);
    expect(kept[0]?.conversation_id).not.toBe(kept[1]?.conversation_id);
  });

  it("stay two items when their stored events are processed again (replay)", async () => {
    await database.db
      .updateTable("inbound_events")
      .set({ status: "pending" })
      .where("connector_id", "=", mailbox)
      .execute();
    await processBatch(database.db, memoryLogger(), { tombstoneKey: TEST_TOMBSTONE_KEY, limit: 10 });
    expect(await items()).toHaveLength(2);
  });

  it("answer Jan, not Ute, and our reply refers to the Message-ID as it was written", async () => {
    const jan = (await items())[1];
    if (jan === undefined) throw new Error("Jan's mail is missing");
    const { customer_id } = await database.db
      .selectFrom("conversations")
      .select("customer_id")
      .where("id", "=", jan.conversation_id)
      .executeTakeFirstOrThrow();
    const reply = await database.db
      .insertInto("timeline_events")
      .values({
        customer_id,
        origin_customer_id: customer_id,
        conversation_id: jan.conversation_id,
        connector_id: mailbox,
        channel: "email",
        kind: "message",
        direction: "outbound",
        occurred_at: new Date("2026-11-04T09:00:00Z"),
        body_text: "Wir rufen an.",
        external_id: "outbox-jan-1@bank.example",
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const outgoing = await outboundMessage(database.db, {
      id: "00000000-0000-4000-8000-000000000001",
      conversationId: jan.conversation_id,
      connectorId: mailbox,
      timelineEventId: reply.id,
      payload: { channel: "email", text: "Wir rufen an.", subject: null, threadKey: "jan@kunde.example" },
      attempts: 1,
    });
    expect(outgoing.to.identities[0]?.value).toBe("jan@kunde.example");
    expect(outgoing.inReplyTo).toBe("1@webform.localhost");
    expect(outgoing.threadExternalIds).toEqual(["1@webform.localhost"]);
  });

  it("thread Jan's answer to our reply into Jan's conversation", async () => {
    const jan = (await items())[1];
    await deliver(
      mail(
        "From: Jan <jan@kunde.example>",
        "To: service@bank.example",
        "Subject: Re: Rückruf für Jan",
        "Message-ID: <jan-2@kunde.example>",
        "In-Reply-To: <outbox-jan-1@bank.example>",
        "References: <1@webform.localhost> <outbox-jan-1@bank.example>",
        "Date: Wed, 4 Nov 2026 10:00:00 +0100",
        "",
        "Danke, bis gleich.",
      ),
    );
    const answer = (await items()).find((item) => item.body_text.startsWith("Danke"));
    expect(answer?.conversation_id).toBe(jan?.conversation_id);
  });

  it.runIf(postgresOnly("the shared Message-ID race test (needs two connections at once)"))(
    "are both kept when two batches take them at once",
    async () => {
      const { db } = database;
      const store = async (raw: Buffer) => (await storeInboundEvent(db, rawMailEvent(mailbox, raw))).id;
      const shared = "<race@webform.localhost>";
      const [eva, tom] = [await store(webform("Eva", 5, shared)), await store(webform("Tom", 6, shared))];
      let release: () => void = () => undefined;
      const held = new Promise<void>((resolve) => (release = resolve));
      let locked: () => void = () => undefined;
      const lockTaken = new Promise<void>((resolve) => (locked = resolve));
      // Holds the first batch after it has written its item, just before it commits.
      const blocker = db.transaction().execute(async (trx) => {
        await sql`lock table realtime_events in exclusive mode`.execute(trx);
        locked();
        await held;
      });
      await lockTaken;
      const first = processBatch(db, memoryLogger(), {
        tombstoneKey: TEST_TOMBSTONE_KEY,
        limit: 1,
        ids: [eva],
        lockMode: "wait",
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      const second = processBatch(db, memoryLogger(), {
        tombstoneKey: TEST_TOMBSTONE_KEY,
        limit: 1,
        ids: [tom],
        lockMode: "wait",
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      release();
      await blocker;
      expect((await first).processed).toEqual([eva]);
      expect((await second).processed).toEqual([tom]);
      const kept = await db
        .selectFrom("timeline_events")
        .select("body_text")
        .where("inbound_event_id", "in", [eva, tom])
        .orderBy("occurred_at")
        .execute();
      expect(kept.map((item) => item.body_text)).toEqual([
        "Bitte rufen Sie Eva zurück.",
        "Bitte rufen Sie Tom zurück.",
      ]);
    },
  );
});
