import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../test/test-app.ts";
import { createTestConnector, ingestMessages, message } from "../test/test-ingest.ts";
import { startDemoSocial } from "./demo-social.ts";

let t: TestApp;
let url: string;
beforeAll(async () => {
  t = await createTestApp();
  ({ url } = await t.app.listen(0));
  // Two known customers, as the seeded demo has them: one on Facebook, one on X.
  const history = await createTestConnector(t.database.db, "emma-inbound", "Demo history");
  await ingestMessages(t.database.db, history, [
    message("facebook", {
      author: { name: "Jana Roth", identities: [{ kind: "facebook", value: "7000000000000042" }] },
    }),
    message("twitter", {
      author: {
        name: "Ben Ott",
        identities: [{ kind: "twitter", value: "1700000000000000042", display: "@ben_ott" }],
      },
    }),
  ]);
});
afterAll(() => t.close());

const kindsWithItems = async () => {
  const rows = await t.database.db
    .selectFrom("timeline_events as e")
    .innerJoin("connectors as c", "c.id", "e.connector_id")
    .select(["c.kind", "e.metadata"])
    .where("c.kind", "in", ["facebook-page", "x"])
    .execute();
  return rows;
};

describe("the demo's Facebook and X traffic", () => {
  it("reaches the timeline through the real connectors, signed as Meta and X sign, and answers go back to the fakes", async () => {
    const social = await startDemoSocial({
      db: t.database.db,
      secretKey: t.app.services.secretKey,
      url,
      log: t.app.services.log,
      everyMs: 30,
    });
    try {
      const deadline = Date.now() + 15_000;
      let rows = await kindsWithItems();
      while (
        new Set(rows.map((row) => `${row.kind}:${String(row.metadata.source)}`)).size < 4 &&
        Date.now() < deadline
      ) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        await t.app.services.inbound.idle();
        rows = await kindsWithItems();
      }
      const sources = new Set(rows.map((row) => `${row.kind}:${String(row.metadata.source)}`));
      expect(sources.size).toBeGreaterThanOrEqual(4);
      expect([...sources].filter((s) => s.startsWith("facebook-page")).length).toBe(2);
      expect([...sources].filter((s) => s.startsWith("x:")).length).toBe(2);
      const jana = await t.database.db
        .selectFrom("timeline_events as e")
        .innerJoin("connectors as c", "c.id", "e.connector_id")
        .innerJoin("customers as cu", "cu.id", "e.customer_id")
        .select(["e.conversation_id", "cu.display_name"])
        .where("c.kind", "=", "facebook-page")
        .where(sql<string>`e.metadata->>'source'`, "=", "messenger")
        .executeTakeFirstOrThrow();
      expect(jana.display_name).toBe("Jana Roth");
      const reply = await t.caller("agent").conversations.reply({
        conversationId: jana.conversation_id ?? "",
        text: "Danke, wir kümmern uns.",
        idempotencyKey: "demo-social-reply",
      });
      await t.app.services.outbox.drain();
      const sent = await t.database.db
        .selectFrom("outbox")
        .select("status")
        .where("id", "=", reply.outboxId)
        .executeTakeFirstOrThrow();
      expect(sent.status).toBe("sent");
    } finally {
      await social.stop();
    }
  });
});
