import { AUTOMATED_SAMPLES, automatedSample } from "@emma/connectors/simulators";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EmmaDatabase } from "../db/connect.ts";
import { createTestDatabase } from "../test/test-database.ts";
import { createTestMailbox, ingestMessages, ingestRawMail, message } from "../test/test-ingest.ts";

let database: EmmaDatabase;
let mailbox: string;
/** Our sent reply per Message-ID a sample bounce names, as the outbox left it. */
const outboxByMessageId = new Map<string, string>();

beforeAll(async () => {
  database = await createTestDatabase();
  const { db } = database;
  mailbox = await createTestMailbox(db);
  await ingestMessages(db, mailbox, [
    message("email", { externalId: "root@kunde.example", threadKey: "root@kunde.example" }),
  ]);
  const conversation = await db
    .selectFrom("conversations")
    .select(["id", "customer_id"])
    .where("connector_id", "=", mailbox)
    .executeTakeFirstOrThrow();
  for (const id of AUTOMATED_SAMPLES.flatMap((sample) => sample.failedMessageIds)) {
    const reply = await db
      .insertInto("timeline_events")
      .values({
        customer_id: conversation.customer_id,
        origin_customer_id: conversation.customer_id,
        conversation_id: conversation.id,
        connector_id: mailbox,
        channel: "email",
        kind: "message",
        direction: "outbound",
        occurred_at: new Date("2026-11-01T10:00:00Z"),
        body_text: "Ihre Karte ist entsperrt.",
        external_id: id,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const outbox = await db
      .insertInto("outbox")
      .values({
        conversation_id: conversation.id,
        connector_id: mailbox,
        timeline_event_id: reply.id,
        idempotency_key: `sent-${id}`,
        payload: JSON.stringify({}),
        status: "sent",
        external_id: id,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    outboxByMessageId.set(id, outbox.id);
  }
});
afterAll(() => database.close());

const count = async (table: "customers" | "identities") =>
  (await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(database.db)).rows[0]
    ?.n;

describe("machine-written mail through the ingest path", () => {
  it.each(AUTOMATED_SAMPLES.map((sample) => [sample.source, sample] as const))(
    "a %s creates no customer or identity, and a bounce fails the reply it names",
    async (_source, sample) => {
      const before = { customers: await count("customers"), identities: await count("identities") };
      const result = await ingestRawMail(database.db, mailbox, automatedSample(sample.file));
      expect(result.outcome).toBe("processed");
      expect({ customers: await count("customers"), identities: await count("identities") }).toEqual(before);
      for (const id of sample.failedMessageIds) {
        const row = await database.db
          .selectFrom("outbox")
          .select(["status", "last_error"])
          .where("id", "=", outboxByMessageId.get(id) ?? "")
          .executeTakeFirstOrThrow();
        expect(row, `our reply ${id}`).toMatchObject({
          status: "failed",
          last_error: expect.stringMatching(/^Bounced: /) as unknown,
        });
      }
    },
  );
});
