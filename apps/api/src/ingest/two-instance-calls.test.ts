import { createTwilioCallDriver } from "@emma/connectors";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { openDatabase } from "../db/connect.ts";
import { postgresOnly } from "../test/postgres-only.ts";
import { createTestApp, type TestApp } from "../test/test-app.ts";
import { testDatabaseUrl } from "../test/test-database.ts";

const CALLS = 40;
const SENDERS = 8;
const callFacts = z.object({
  call: z.object({ status: z.string(), recordingUrl: z.string().optional() }),
  sourceEventIds: z.array(z.string()),
});
const noWait = { ringingMs: 0, talkMs: 0, processingMs: 0 };

let first: TestApp;
let second: TestApp | undefined;
const urls: string[] = [];
beforeAll(async () => {
  first = await createTestApp();
  urls.push((await first.app.listen(0)).url);
  const url = testDatabaseUrl();
  if (!url) return;
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(
    first.database.db,
  );
  const database = await openDatabase({ url, schema: rows[0]?.schema, poolSize: 4 });
  second = await createTestApp({ database, existingUsers: first.users });
  urls.push((await second.app.listen(0)).url);
});
afterAll(async () => {
  await second?.close();
  await first.close();
});

/** Works off what is pending on every instance, including follow-ups that waited for their call. */
async function drain(apps: TestApp[]): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    for (const app of apps) app.app.services.inbound.wake();
    await Promise.all(apps.map((app) => app.app.services.inbound.idle()));
    const { rows } = await sql<{ pending: number }>`
      select count(*)::int as pending from inbound_events where status = 'pending'
    `.execute(first.database.db);
    if (rows[0]?.pending === 0 || Date.now() > deadline) return;
    // A recording processed before its call was stored waits (5 s for the first retry).
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

describe("Twilio callbacks of many calls spread over two API instances", () => {
  it.runIf(postgresOnly("the two-instance ingest test (two API instances on one PostgreSQL)"))(
    "every acknowledged callback reaches its call item",
    async () => {
      const apps = second ? [first, second] : [first];
      const connector = await first.caller("admin").connectors.create({
        kind: "twilio-voice",
        name: "Hotline",
        config: {
          publicBaseUrl: "https://emma.bank.example",
          accountSid: `AC${"5a".repeat(16)}`,
          serviceNumbers: ["+4930901820"],
        },
        secrets: { authToken: "twilio-auth-token-for-tests" },
      });
      let delivery = 0;
      const driver = (caller: number) =>
        createTwilioCallDriver({
          webhookUrl: `https://emma.bank.example/webhooks/${connector.id}`,
          authToken: "twilio-auth-token-for-tests",
          // Few callers, so calls of one customer meet in the same batches.
          from: `+49151000000${String(caller % 4)}`,
          to: "+4930901820",
          delays: noWait,
          // Each callback goes to the next instance, as a load balancer would send it.
          fetch: (target, init) =>
            fetch(target.replace("https://emma.bank.example", urls[delivery++ % urls.length] ?? ""), init),
        });
      let next = 0;
      const runs = (
        await Promise.all(
          Array.from({ length: SENDERS }, async () => {
            const done = [];
            for (let i = next++; i < CALLS; i = next++) {
              const transcript = `Anruf ${String(i)}`;
              done.push({
                transcript,
                ...(await driver(i).answeredCall({ talkSeconds: 30 + i, transcript })),
              });
            }
            return done;
          }),
        )
      ).flat();
      expect(runs.flatMap((run) => run.deliveries).every((d) => d.status >= 200 && d.status < 300)).toBe(
        true,
      );
      await drain(apps);

      const items = await first.database.db
        .selectFrom("timeline_events")
        .select(["external_id", "body_text", "metadata"])
        .where("connector_id", "=", connector.id)
        .execute();
      const byCall = new Map(items.map((item) => [item.external_id, item]));
      // Each callback adds a fact: the end, the recording, the transcript, and its own raw event id.
      const incomplete = runs.filter((run) => {
        const item = byCall.get(run.callSid);
        const call = callFacts.safeParse(item?.metadata);
        return !(
          call.success &&
          call.data.call.status === "completed" &&
          call.data.call.recordingUrl &&
          item?.body_text === run.transcript &&
          call.data.sourceEventIds.length === run.deliveries.length
        );
      });
      expect(items).toHaveLength(CALLS);
      expect(incomplete.map((run) => run.callSid)).toEqual([]);
    },
  );
});
