import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EmmaDatabase } from "../db/connect.ts";
import { createTestDatabase } from "../test/test-database.ts";
import { createTestMailbox, ingestMessages, ingestRawMail, message } from "../test/test-ingest.ts";

const N = "\u0000";

let database: EmmaDatabase;
let mailbox: string;
beforeAll(async () => {
  database = await createTestDatabase();
  mailbox = await createTestMailbox(database.db);
});
afterAll(() => database.close());

function item(inboundEventId: string) {
  return database.db
    .selectFrom("timeline_events as t")
    .innerJoin("customers as c", "c.id", "t.customer_id")
    .select(["t.body_text", "t.body_html", "t.subject", "t.author_name", "t.metadata", "t.customer_id"])
    .where("t.inbound_event_id", "=", inboundEventId)
    .executeTakeFirstOrThrow();
}

// PostgreSQL refuses NUL in text and jsonb; PGlite does too, by other paths: both run this.
describe("a message with NUL characters", () => {
  it("arrives with the NULs removed and nothing else lost", async () => {
    const result = await ingestMessages(database.db, mailbox, [
      message("email", {
        author: {
          name: `Nora${N} Quast`,
          identities: [{ kind: "email", value: `nora.quast${N}@example.de` }],
        },
        subject: `Kontoauszug${N} März`,
        text: `Guten Tag,${N} bitte den Auszug ${N}${N}schicken. Grüße 😀`,
        html: `<p>Guten Tag,${N} bitte</p>`,
        metadata: { folder: `INBOX${N}`, flags: [`\\Seen${N}`] },
      }),
    ]);
    expect(result.outcome).toBe("processed");
    const stored = await item(result.eventId);
    expect(stored).toMatchObject({
      body_text: "Guten Tag, bitte den Auszug schicken. Grüße 😀",
      body_html: "<p>Guten Tag, bitte</p>",
      subject: "Kontoauszug März",
      author_name: "Nora Quast",
      metadata: { folder: "INBOX", flags: ["\\Seen"] },
    });
    const identity = await database.db
      .selectFrom("identities")
      .select("customer_id")
      .where("kind", "=", "email")
      .where("value", "=", "nora.quast@example.de")
      .executeTakeFirstOrThrow();
    expect(identity.customer_id).toBe(stored.customer_id);
  });

  it("arrives from raw mail, whose bytes are kept exactly as received", async () => {
    const raw = Buffer.from(
      [
        "From: Olaf Bremer <olaf.bremer@example.de>",
        "To: service@bank.example",
        "Subject: Karte gesperrt",
        "Message-ID: <nul-1@example.de>",
        "Date: Tue, 03 Mar 2026 09:00:00 +0100",
        "Content-Type: text/plain; charset=utf-8",
        "",
        `Meine Karte${N} ist gesperrt.`,
        "",
      ].join("\r\n"),
      "utf8",
    );
    const result = await ingestRawMail(database.db, mailbox, raw);
    expect(result.outcome).toBe("processed");
    const event = await database.db
      .selectFrom("inbound_events")
      .select(["body", "encoding"])
      .where("id", "=", result.eventId)
      .executeTakeFirstOrThrow();
    expect(event.encoding).toBe("base64");
    expect(Buffer.from(event.body, "base64").equals(raw)).toBe(true);
    const stored = await item(result.eventId);
    expect(stored.body_text.trim()).toBe("Meine Karte ist gesperrt.");
    expect(stored.subject).toBe("Karte gesperrt");
  });
});
