import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { sealSecrets } from "../crypto/secret-box.ts";
import { createTestApp, type TestApp } from "../test/test-app.ts";
import { ingestMessages, message } from "../test/test-ingest.ts";
import { startDemoForum } from "./demo-forum.ts";

let t: TestApp;
let url: string;
let forum: string;
beforeAll(async () => {
  t = await createTestApp();
  ({ url } = await t.app.listen(0));
  const row = await t.database.db
    .insertInto("connectors")
    .values({
      kind: "emma-inbound",
      name: "Demo Community-Forum",
      config: JSON.stringify({ channel: "forum", demo: true }),
      secrets: sealSecrets(t.app.services.secretKey, { signingSecret: "forum-signing-secret-0123456789" }),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  forum = row.id;
  await ingestMessages(t.database.db, forum, [
    message("forum", {
      kind: "forum_post",
      author: {
        name: "sparfuchs",
        identities: [{ kind: "forum", value: "1042", site: "community.emma-bank.de", display: "sparfuchs" }],
      },
    }),
  ]);
});
afterAll(() => t.close());

describe("the demo's live community traffic", () => {
  it("opens topics by known members through the forum's signed webhook", async () => {
    const stop = await startDemoForum({
      db: t.database.db,
      secretKey: t.app.services.secretKey,
      url,
      log: t.app.services.log,
      everyMs: 30,
    });
    try {
      await vi.waitFor(
        async () => {
          await t.app.services.inbound.idle();
          const live = await t.database.db
            .selectFrom("timeline_events as e")
            .innerJoin("customers as c", "c.id", "e.customer_id")
            .select(["e.subject", "c.display_name"])
            .where("e.connector_id", "=", forum)
            .where("e.external_id", "like", "demo-forum-live-%")
            .execute();
          expect(live[0]).toMatchObject({
            display_name: "sparfuchs",
            subject: expect.any(String) as unknown,
          });
        },
        { timeout: 10_000, interval: 100 },
      );
    } finally {
      stop();
    }
  });
});
