import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storeInboundEvent } from "../../ingest/store-inbound-event.ts";
import { createTestDatabase } from "../../test/test-database.ts";
import type { EmmaDatabase } from "../connect.ts";
import { migrateToLatest, migrations } from "../migrate.ts";
import { dedupeKeyOf, EMAIL_CONTENT_TYPE } from "@emma/connectors";

let database: EmmaDatabase;
beforeAll(async () => {
  database = await createTestDatabase({ migrated: false });
});
afterAll(() => database.close());

describe("migration 0006-mail-dedupe-by-bytes", () => {
  it("re-keys mail stored under its Message-ID by its bytes, so importing it again stores nothing", async () => {
    const before = migrations.findIndex(([name]) => name === "0006-mail-dedupe-by-bytes");
    await migrateToLatest(database.db, migrations.slice(0, before));
    const { db } = database;
    const connector = await db
      .insertInto("connectors")
      .values({ kind: "email", name: "Service", config: "{}" })
      .returning("id")
      .executeTakeFirstOrThrow();
    const text = Buffer.from("Message-ID: <a1@kunde.example>\r\nSubject: Grüße\r\n\r\nHallo\r\n");
    const binary = Buffer.from([...Buffer.from("Message-ID: <b1@kunde.example>\r\n\r\n"), 0xff, 0x00, 0x41]);
    const stored = (
      key: string,
      body: string,
      encoding: "utf8" | "base64",
      contentType = EMAIL_CONTENT_TYPE,
    ) =>
      db
        .insertInto("inbound_events")
        .values({
          connector_id: connector.id,
          dedupe_key: key,
          content_type: contentType,
          headers: "{}",
          body,
          encoding,
          received_at: new Date(),
        })
        .execute();
    await stored("a1@kunde.example", text.toString("utf8"), "utf8");
    await stored("b1@kunde.example", binary.toString("base64"), "base64");
    await stored("webhook-1", "{}", "utf8", "application/json");

    await migrateToLatest(database.db);

    const keys = await db.selectFrom("inbound_events").select("dedupe_key").orderBy("dedupe_key").execute();
    expect(keys.map((row) => row.dedupe_key).sort()).toEqual(
      [dedupeKeyOf(text), dedupeKeyOf(binary), "webhook-1"].sort(),
    );
    expect(dedupeKeyOf(text)).toBe(`sha256:${createHash("sha256").update(text).digest("hex")}`);
    const again = await storeInboundEvent(db, {
      connectorId: connector.id,
      dedupeKey: dedupeKeyOf(text),
      contentType: EMAIL_CONTENT_TYPE,
      headers: {},
      body: text.toString("utf8"),
      receivedAt: new Date(),
    });
    expect(again.duplicate).toBe(true);
  });
});
