import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EmmaDatabase } from "../db/connect.ts";
import { TEST_TOMBSTONE_KEY, memoryLogger } from "../test/test-app.ts";
import { createTestDatabase } from "../test/test-database.ts";
import { importMail } from "./import-mail.ts";
import { mailSources } from "./mail-sources.ts";

let database: EmmaDatabase;
let folder: string;
let connectorId: string;

const mail = (id: string, date: string, extra: string[] = []) =>
  [
    "From: Peter Kraus <peter.kraus@kunde.example>",
    "To: service@bank.example",
    `Subject: Frage ${id}`,
    `Message-ID: <${id}@kunde.example>`,
    `Date: ${date}`,
    ...extra,
    "",
    `Text von ${id}`,
    "From the beginning of a line, escaped in mbox",
    "",
  ].join("\n");

beforeAll(async () => {
  database = await createTestDatabase();
  const row = await database.db
    .insertInto("connectors")
    .values({
      kind: "email",
      name: "Archiv",
      config: JSON.stringify({
        imap: { host: "imap.bank.example", user: "archiv" },
        smtp: { host: "smtp.bank.example" },
        address: "service@bank.example",
        displayName: "Service",
        messageIdDomain: "bank.example",
      }),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  connectorId = row.id;
  folder = await mkdtemp(join(tmpdir(), "emma-import-"));
  await writeFile(
    join(folder, "archive.mbox"),
    [
      "From peter.kraus@kunde.example Mon Mar  2 08:00:00 2020",
      mail("a1", "Mon, 2 Mar 2020 08:00:00 +0100").replace("From the beginning", ">From the beginning"),
      "From peter.kraus@kunde.example Tue Mar  3 09:30:00 2020",
      mail("a2", "Tue, 3 Mar 2020 09:30:00 +0100", ["In-Reply-To: <a1@kunde.example>"]),
    ].join("\n"),
  );
  await mkdir(join(folder, "eml"));
  await writeFile(join(folder, "eml", "b1.eml"), mail("b1", "Wed, 1 Jul 2020 12:00:00 +0200"));
  await writeFile(join(folder, "eml", "empty.eml"), "");
});
afterAll(async () => {
  await database.close();
  await rm(folder, { recursive: true, force: true });
});

const run = (path: string) =>
  importMail(database.db, memoryLogger(), {
    connectorId,
    sources: mailSources(path),
    now: () => new Date(),
    tombstoneKey: TEST_TOMBSTONE_KEY,
  });

describe("mail history import", () => {
  it("puts an mbox into the timeline with the mails' own dates and threads", async () => {
    const summary = await run(join(folder, "archive.mbox"));
    expect(summary).toEqual({ stored: 2, duplicates: 0, failed: [] });
    const items = await database.db
      .selectFrom("timeline_events")
      .select(["external_id", "occurred_at", "conversation_id", "body_text"])
      .where("connector_id", "=", connectorId)
      .orderBy("occurred_at")
      .execute();
    expect(items.map((i) => i.external_id)).toEqual(["a1@kunde.example", "a2@kunde.example"]);
    expect(items[0]?.occurred_at).toEqual(new Date("2020-03-02T07:00:00Z"));
    expect(items[1]?.conversation_id).toBe(items[0]?.conversation_id);
    expect(items[0]?.body_text).toContain("\nFrom the beginning of a line");
  });

  it("imports a folder of .eml files and changes nothing when run again", async () => {
    expect(await run(join(folder, "eml"))).toEqual({ stored: 1, duplicates: 0, failed: [] });
    expect(await run(join(folder, "eml"))).toEqual({ stored: 0, duplicates: 1, failed: [] });
    expect(await run(join(folder, "archive.mbox"))).toEqual({ stored: 0, duplicates: 2, failed: [] });
    const count = await database.db
      .selectFrom("timeline_events")
      .select(sql<number>`count(*)::int`.as("n"))
      .where("connector_id", "=", connectorId)
      .executeTakeFirstOrThrow();
    expect(count.n).toBe(3);
  });

  it("keeps two different mails a broken mailer gave one Message-ID, and still duplicates nothing on a re-run", async () => {
    const shared = (who: string, date: string) =>
      [
        `From: ${who} <${who.toLowerCase()}@kunde.example>`,
        "To: service@bank.example",
        `Subject: Kontaktformular von ${who}`,
        "Message-ID: <1@webform.localhost>",
        `Date: ${date}`,
        "",
        `Bitte rufen Sie ${who} zurück.`,
        "",
      ].join("\n");
    await writeFile(
      join(folder, "webform.mbox"),
      [
        "From webform Mon Sep  7 08:00:00 2020",
        shared("Ute", "Mon, 7 Sep 2020 08:00:00 +0200"),
        "From webform Tue Sep  8 09:00:00 2020",
        shared("Jan", "Tue, 8 Sep 2020 09:00:00 +0200"),
      ].join("\n"),
    );
    expect(await run(join(folder, "webform.mbox"))).toEqual({ stored: 2, duplicates: 0, failed: [] });
    expect(await run(join(folder, "webform.mbox"))).toEqual({ stored: 0, duplicates: 2, failed: [] });
    const items = await database.db
      .selectFrom("timeline_events")
      .select(["body_text", "metadata"])
      .where("connector_id", "=", connectorId)
      .where(sql<boolean>`metadata->>'messageId' = '1@webform.localhost'`)
      .orderBy("occurred_at")
      .execute();
    expect(items.map((item) => item.body_text.trim())).toEqual([
      "Bitte rufen Sie Ute zurück.",
      "Bitte rufen Sie Jan zurück.",
    ]);
  });

  it("refuses a connector that is not an email connector", async () => {
    const other = await database.db
      .insertInto("connectors")
      .values({ kind: "emma-inbound", name: "CRM", config: "{}" })
      .returning("id")
      .executeTakeFirstOrThrow();
    await expect(
      importMail(database.db, memoryLogger(), {
        connectorId: other.id,
        sources: mailSources(join(folder, "eml")),
        now: () => new Date(),
        tombstoneKey: TEST_TOMBSTONE_KEY,
      }),
    ).rejects.toThrow(/email connector/);
  });
});
