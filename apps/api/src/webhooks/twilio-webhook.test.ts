import { createTwilioCallDriver } from "@emma/connectors";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDemoTraffic } from "../demo-traffic/demo-traffic.ts";
import { createTestApp, type TestApp } from "../test/test-app.ts";

let t: TestApp;
let url: string;
beforeAll(async () => {
  t = await createTestApp();
  ({ url } = await t.app.listen(0));
});
afterAll(() => t.close());

const noWait = { ringingMs: 0, talkMs: 0, processingMs: 0 };

async function callItems(connectorId: string) {
  await t.app.services.inbound.idle();
  return storedCallItems(connectorId);
}

function storedCallItems(connectorId: string) {
  return t.database.db
    .selectFrom("timeline_events")
    .select(["kind", "body_text", "metadata", "customer_id"])
    .where("connector_id", "=", connectorId)
    .execute();
}

describe("Twilio Voice webhooks through the API", () => {
  it("turn a signed call lifecycle into one call item with recording and transcript", async () => {
    const created = await t.caller("admin").connectors.create({
      kind: "twilio-voice",
      name: "Hotline",
      config: {
        // Behind a proxy: Twilio calls (and signs) the public address, not the one we listen on.
        publicBaseUrl: "https://emma.bank.example",
        accountSid: `AC${"5a".repeat(16)}`,
        serviceNumbers: ["+4930901820"],
      },
      secrets: { authToken: "twilio-auth-token-for-tests" },
    });
    const signedFor = `https://emma.bank.example/webhooks/${created.id}`;
    const driver = createTwilioCallDriver({
      webhookUrl: signedFor,
      authToken: "twilio-auth-token-for-tests",
      from: "+4915112345678",
      to: "+4930901820",
      delays: noWait,
      // The request reaches our server, while the signature covers the public URL.
      fetch: (target, init) => fetch(target.replace("https://emma.bank.example", url), init),
    });
    const run = await driver.answeredCall({ talkSeconds: 75, transcript: "Bitte Kartensperre aufheben." });
    expect(run.deliveries.every((d) => d.status >= 200 && d.status < 300)).toBe(true);
    const [item, ...others] = await callItems(created.id);
    expect(others).toEqual([]);
    expect(item?.kind).toBe("call");
    expect(item?.body_text).toBe("Bitte Kartensperre aufheben.");
    expect(item?.metadata.call).toMatchObject({ status: "completed", durationSeconds: 75 });
    const incoming = await t.database.db
      .selectFrom("realtime_events")
      .select("payload")
      .where("topic", "=", "call.incoming")
      .execute();
    expect(incoming.map((e) => e.payload.from)).toContain("+4915112345678");
  });

  it("refuses a body signed for another URL with 401 and stores nothing", async () => {
    const created = await t.caller("admin").connectors.create({
      kind: "twilio-voice",
      name: "Hotline 2",
      config: { publicBaseUrl: "https://emma.bank.example", accountSid: `AC${"5a".repeat(16)}` },
      secrets: { authToken: "twilio-auth-token-for-tests" },
    });
    const driver = createTwilioCallDriver({
      webhookUrl: `${url}/webhooks/${created.id}`,
      authToken: "twilio-auth-token-for-tests",
      from: "+4915112345678",
      to: "+4930901820",
      delays: noWait,
    });
    await expect(driver.answeredCall()).rejects.toThrow(/401/);
    const raw = await t.database.db
      .selectFrom("inbound_events")
      .select("id")
      .where("connector_id", "=", created.id)
      .execute();
    expect(raw).toEqual([]);
  });

  it("drives the demo's simulated calls through the same contract", async () => {
    const stop = await startDemoTraffic({
      db: t.database.db,
      secretKey: t.app.services.secretKey,
      url,
      log: t.app.services.log,
      everyMs: 5,
      delays: noWait,
    });
    const deadline = Date.now() + 10_000;
    let items: Awaited<ReturnType<typeof callItems>> = [];
    const demo = await t.database.db
      .selectFrom("connectors")
      .select("id")
      .where("kind", "=", "twilio-voice")
      .where("name", "like", "Demo%")
      .executeTakeFirstOrThrow();
    // Not callItems(): while calls keep arriving every few ms the processor is never idle, so
    // waiting for idle could outlast the deadline on a busy machine. The first stored item is enough.
    while (items.length === 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      items = await storedCallItems(demo.id);
    }
    stop();
    expect(items.length).toBeGreaterThan(0);
    expect(["call", "voicemail"]).toContain(items[0]?.kind);
  });
});
