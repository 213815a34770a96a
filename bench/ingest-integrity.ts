import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { createTwilioCallDriver, type CallRun } from "@emma/connectors";
import { sql } from "kysely";
import { openDatabase, sealSecrets, type EmmaDatabase } from "./lib/api.ts";
import { identityPool, inboundMessage, random } from "./lib/messages.ts";
import { postWebhook } from "./lib/webhook-contract.ts";
import {
  createWebhookConnector,
  openBenchDatabase,
  sleep,
  startApp,
  type RunningApp,
} from "./lib/setup-app.ts";

/**
 * Not a timing: whether every acknowledged webhook's facts reach the timeline under concurrent load
 * (DESIGN invariant 1). 8 senders post signed normalized messages and Twilio-signed call lifecycles
 * (ringing, in-progress, completed, recording; each call's callbacks in order) to one or more API
 * instances on one PostgreSQL, spread round robin as a load balancer would; then, once nothing is
 * pending, it counts the callbacks whose facts are missing from their call item.
 *
 *   npx tsx bench/ingest-integrity.ts [--messages 8000] [--calls 500] [--instances 1|2] [--url …]
 */
const { values } = parseArgs({
  options: {
    messages: { type: "string", default: "8000" },
    calls: { type: "string", default: "500" },
    senders: { type: "string", default: "8" },
    instances: { type: "string", default: "1" },
    url: {
      type: "string",
      default: process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test",
    },
  },
});
const MESSAGES = Number(values.messages);
const CALLS = Number(values.calls);
const SENDERS = Number(values.senders);
const INSTANCES = Number(values.instances);
const PUBLIC_URL = "https://emma.bank.example";
const AUTH_TOKEN = randomBytes(24).toString("hex");

const bench = await openBenchDatabase("postgres", values.url);
const extraDatabases: EmmaDatabase[] = [];
const apps: RunningApp[] = [];
try {
  const first = await startApp(bench.database);
  apps.push(first);
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(
    bench.database.db,
  );
  for (let i = 1; i < INSTANCES; i++) {
    const database = await openDatabase({ url: values.url, schema: rows[0]?.schema });
    extraDatabases.push(database);
    apps.push(await startApp(database, { secretKey: first.secretKey }));
  }
  const webhook = await createWebhookConnector(first, bench.database);
  const twilio = await bench.database.db
    .insertInto("connectors")
    .values({
      kind: "twilio-voice",
      name: "bench twilio",
      config: JSON.stringify({
        publicBaseUrl: PUBLIC_URL,
        accountSid: `AC${"5a".repeat(16)}`,
        serviceNumbers: ["+4930901820"],
      }),
      secrets: sealSecrets(first.secretKey, { authToken: AUTH_TOKEN }),
    })
    .returning("id")
    .executeTakeFirstOrThrow();

  let delivery = 0;
  const nextUrl = () => apps[delivery++ % apps.length]?.url ?? "";
  const next = random(7);
  const people = identityPool(400, next);
  // Messages and calls interleaved, as they arrive in a busy hour; few callers, so calls of one
  // customer often meet in the same processing batches.
  const plan: ("message" | "call")[] = [
    ...Array.from({ length: MESSAGES }, () => "message" as const),
    ...Array.from({ length: CALLS }, () => "call" as const),
  ].sort(() => next() - 0.5);
  const runs: CallRun[] = [];
  let acknowledgedMessages = 0;
  let refused = 0;
  let cursor = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: SENDERS }, async () => {
      for (let k = cursor++; k < plan.length; k = cursor++) {
        if (plan[k] === "message") {
          const person = people[k % people.length];
          if (!person) continue;
          const status = await postWebhook(
            `${nextUrl()}/webhooks/${webhook.id}`,
            webhook.signingSecret,
            `evt-${String(k)}`,
            JSON.stringify([inboundMessage(person, next)]),
          );
          if (status >= 200 && status < 300) acknowledgedMessages++;
          else refused++;
          continue;
        }
        const driver = createTwilioCallDriver({
          webhookUrl: `${PUBLIC_URL}/webhooks/${twilio.id}`,
          authToken: AUTH_TOKEN,
          from: `+49151000${String(k % 50).padStart(4, "0")}`,
          to: "+4930901820",
          delays: { ringingMs: 0, talkMs: 0, processingMs: 0 },
          fetch: (target, init) => fetch(target.replace(PUBLIC_URL, nextUrl()), init),
        });
        runs.push(await driver.answeredCall({ talkSeconds: 30 + (k % 60) }));
      }
    }),
  );
  const sent = (performance.now() - started) / 1000;
  const deadline = Date.now() + 180_000;
  let pending = -1;
  while (Date.now() < deadline) {
    const { rows: counts } = await sql<{ pending: number }>`
      select count(*)::int as pending from inbound_events where status = 'pending'`.execute(
      bench.database.db,
    );
    pending = counts[0]?.pending ?? 0;
    if (pending === 0) break;
    await sleep(500);
  }

  const items = await bench.database.db
    .selectFrom("timeline_events")
    .select(["external_id", "metadata"])
    .where("connector_id", "=", twilio.id)
    .execute();
  const byCall = new Map(items.map((item) => [item.external_id, item.metadata]));
  let acknowledgedCallbacks = 0;
  let reached = 0;
  let incompleteCalls = 0;
  for (const run of runs) {
    acknowledgedCallbacks += run.deliveries.filter((d) => d.status >= 200 && d.status < 300).length;
    const metadata = byCall.get(run.callSid);
    const sources = Array.isArray(metadata?.sourceEventIds) ? metadata.sourceEventIds.length : 0;
    reached += sources;
    const call = metadata?.call as { status?: string; recordingUrl?: string } | undefined;
    if (call?.status !== "completed" || !call.recordingUrl) incompleteCalls++;
  }
  const { rows: messageItems } = await sql<{ n: number }>`
    select count(*)::int as n from timeline_events where connector_id = ${webhook.id}`.execute(
    bench.database.db,
  );
  const { rows: statuses } = await sql<{ status: string; n: number }>`
    select status, count(*)::int as n from inbound_events group by status order by status`.execute(
    bench.database.db,
  );

  console.log(
    `\ningest integrity on PostgreSQL, ${String(INSTANCES)} API instance(s), ${String(SENDERS)} senders`,
  );
  console.log(`  webhooks sent in ${sent.toFixed(1)} s; refused: ${String(refused)}`);
  console.log(
    `  raw events: ${statuses.map((s) => `${s.status} ${String(s.n)}`).join(", ")}; still pending after the wait: ${String(pending)}`,
  );
  console.log(
    `  messages: ${String(acknowledgedMessages)} acknowledged, ${String(messageItems[0]?.n ?? 0)} timeline items`,
  );
  console.log(
    `  call callbacks: ${String(acknowledgedCallbacks)} acknowledged, ${String(reached)} reached their call item, lost ${String(acknowledgedCallbacks - reached)}`,
  );
  console.log(
    `  calls: ${String(runs.length)}, items ${String(items.length)}, not completed or without recording: ${String(incompleteCalls)}`,
  );
  for (const app of apps)
    if (app.log.first.length > 0) console.log(`  log: ${app.log.first.join("\n  log: ")}`);
} finally {
  for (const app of apps.reverse()) await app.app.close();
  for (const database of extraDatabases) await database.close();
  await bench.close();
}
