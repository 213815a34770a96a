import { whyNoDovecot } from "@emma/connectors/simulators";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../test/test-app.ts";
import { startDemoMailbox } from "./demo-mailbox.ts";

const noDovecot = whyNoDovecot();
if (noDovecot) console.warn(`demo mailbox test skipped: ${noDovecot}`);

describe.skipIf(noDovecot !== undefined)("the demo's simulated mailbox", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it("delivers customers' mail over IMAP into the timeline through the email connector", async () => {
    const mailbox = await startDemoMailbox({
      db: t.database.db,
      secretKey: t.app.services.secretKey,
      log: t.app.services.log,
      everyMs: 50,
    });
    if (!("stop" in mailbox)) throw new Error(mailbox.unavailable);
    try {
      const deadline = Date.now() + 15_000;
      let items: { subject: string | null }[] = [];
      while (items.length === 0 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        await t.app.services.poller.kick();
        await t.app.services.inbound.idle();
        items = await t.database.db
          .selectFrom("timeline_events as e")
          .innerJoin("connectors as c", "c.id", "e.connector_id")
          .select("e.subject")
          .where("c.kind", "=", "email")
          .execute();
      }
      expect(items.length).toBeGreaterThan(0);
      expect(items[0]?.subject).toMatch(/\w/);
    } finally {
      await mailbox.stop();
    }
  });
});
