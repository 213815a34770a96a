import { randomUUID } from "node:crypto";
import { signedForm, statusCallback } from "@emma/connectors";
import type { InboundMessageInput, RealtimeEvent } from "@emma/core";
import pg from "pg";
import { ingest, notify, tombstoneKeyFrom } from "./lib/api.ts";
import type { BenchOptions } from "./lib/args.ts";
import { subscribeConsole } from "./lib/console-client.ts";
import { identityPool, inboundMessage, random } from "./lib/messages.ts";
import { formatSummary, summarize, type Summary } from "./lib/percentiles.ts";
import type { FigureResult, Row } from "./lib/report.ts";
import { isMain, log, runAlone } from "./lib/run-alone.ts";
import {
  createSession,
  createTwilioConnector,
  createWebhookConnector,
  openBenchDatabase,
  PGLITE_NOTE,
  sleep,
  startApp,
  type BenchDatabase,
} from "./lib/setup-app.ts";
import { NORMALIZED_CONTENT_TYPE, postWebhook } from "./lib/webhook-contract.ts";

/**
 * Figures 3 and 4: how soon a console's SSE stream shows what came in. One item at a time, spaced
 * --gap-ms, so this is latency, not throughput. The console runs in the API's process (same clock);
 * the raw baseline is a bare NOTIFY → LISTEN round trip on the same database.
 */
const ARRIVAL_TIMEOUT_MS = 15_000;
const WARMUP = 20;

interface Measured {
  webhook: Summary;
  commit: Summary & { clamped: number };
  call: Summary;
  raw: Summary;
  lost: Record<string, number>;
}

export async function runRealtimeLatency(options: BenchOptions): Promise<FigureResult> {
  const row = (label: string, target?: string): Row => ({
    label,
    kind: "latency",
    values: {},
    ...(target ? { target, met: {} } : {}),
  });
  const rt50 = row("3 realtime webhook → console p50 (ms)");
  const rt99 = row("3 realtime webhook → console p99 (ms)", "p99 ≤ 100 ms");
  const commit50 = row("3 realtime commit → console p50 (ms)");
  const commit99 = row("3 realtime commit → console p99 (ms)");
  const call50 = row("4 screen pop webhook → call p50 (ms)");
  const call99 = row("4 screen pop webhook → call p99 (ms)", "p99 ≤ 200 ms");
  const details: Record<string, unknown> = {};
  for (const kind of options.databases) {
    const bench = await openBenchDatabase(kind, options.url);
    try {
      console.log(
        `\n3+4 realtime and screen pop on ${bench.label}${kind === "pglite" ? `\n  ${PGLITE_NOTE}` : ""}`,
      );
      log(
        kind,
        `${options.realtimeEvents} events by webhook, ${options.realtimeEvents} by in-process ingest(), ${options.calls} ringing calls; one at a time, ${options.gapMs} ms apart`,
      );
      const m = await measure(bench, options);
      rt50.values[kind] = { api: m.webhook.p50, raw: m.raw.p50 };
      rt99.values[kind] = { api: m.webhook.p99, raw: m.raw.p99 };
      commit50.values[kind] = { api: m.commit.p50, raw: m.raw.p50 };
      commit99.values[kind] = { api: m.commit.p99, raw: m.raw.p99 };
      call50.values[kind] = { api: m.call.p50, raw: m.raw.p50 };
      call99.values[kind] = { api: m.call.p99, raw: m.raw.p99 };
      rt99.met = { ...rt99.met, [kind]: m.webhook.p99 <= 100 };
      call99.met = { ...call99.met, [kind]: m.call.p99 <= 200 };
      details[kind] = m;
    } finally {
      await bench.close();
    }
  }
  return {
    figure: "realtime-latency",
    rows: [rt50, rt99, commit50, commit99, call50, call99],
    sizes: { realtimeEvents: options.realtimeEvents, calls: options.calls, gapMs: options.gapMs },
    notes: [
      "webhook → console: from just before the POST to the SSE event in the console (an upper bound of commit → console)",
      "commit → console: from the moment ingest() resolves (its transaction committed) to arrival; arrivals before that are clamped to 0 and counted",
      "raw = pg_notify → LISTEN handler on the same database (PostgreSQL: two pg connections; PGlite: the API's own notification bus)",
    ],
    details,
  };
}

async function measure(bench: BenchDatabase, options: BenchOptions): Promise<Measured> {
  const raw = summarize(await rawNotify(bench, options));
  log(bench.kind, `raw NOTIFY → LISTEN: ${formatSummary(raw)}`);
  const running = await startApp(bench.database);
  const arrivals = {
    "timeline.created": new Map<string, number>(),
    "call.incoming": new Map<string, number>(),
  };
  let console_: { close(): void } | undefined;
  try {
    const connector = await createWebhookConnector(running, bench.database);
    const session = await createSession(bench.database);
    console_ = await subscribeConsole(running.url, session.token, (event: RealtimeEvent, at) => {
      if (event.topic === "timeline.created" || event.topic === "call.incoming")
        arrivals[event.topic].set(event.payload.eventId, at);
    });
    const next = random(3);
    const people = identityPool(options.identities, next);
    const person = () => people[Math.floor(next() * people.length)] ?? people[0];
    const webhookUrl = `${running.url}/webhooks/${connector.id}`;
    const viaWebhook = async (message: InboundMessageInput) => {
      const sent = performance.now();
      await postWebhook(webhookUrl, connector.signingSecret, randomUUID(), JSON.stringify([message]));
      return sent;
    };
    const tombstoneKey = tombstoneKeyFrom(running.secretKey);
    const viaIngest = async (message: InboundMessageInput) => {
      await ingest(
        bench.database.db,
        running.log,
        {
          connectorId: connector.id,
          dedupeKey: randomUUID(),
          contentType: NORMALIZED_CONTENT_TYPE,
          headers: {},
          body: JSON.stringify([message]),
          receivedAt: new Date(),
        },
        tombstoneKey,
      );
      return performance.now();
    };
    const messages = (count: number, make: () => InboundMessageInput) => Array.from({ length: count }, make);
    const plain = () => {
      const p = person();
      if (!p) throw new Error("--identities must be at least 1");
      return inboundMessage(p, next);
    };
    // Screen pops come from real Twilio status callbacks: signed form bodies to a twilio-voice connector.
    const hotline = "+4930123456";
    const twilio = await createTwilioConnector(running, bench.database, hotline);
    const twilioUrl = `${running.url}/webhooks/${twilio.id}`;
    const ringing = (): InboundMessageInput => {
      const from = `+49171${String(Math.floor(next() * 1e7)).padStart(7, "0")}`;
      return {
        ...plain(),
        externalId: `CA${randomUUID().replaceAll("-", "")}`,
        channel: "phone",
        kind: "call",
        text: "",
        author: { name: "Anrufer", identities: [{ kind: "phone", value: from }] },
        call: { status: "ringing", from, to: hotline },
      };
    };
    const viaTwilio = async (message: InboundMessageInput) => {
      const parties = {
        accountSid: twilio.accountSid,
        callSid: message.externalId,
        from: message.call?.from ?? "",
        to: hotline,
        direction: "inbound" as const,
      };
      const { body, headers } = signedForm(
        twilioUrl,
        twilio.authToken,
        statusCallback(parties, "ringing", 0, new Date()),
      );
      const sent = performance.now();
      const response = await fetch(twilioUrl, { method: "POST", headers, body });
      if (!response.ok)
        throw new Error(`Twilio webhook answered ${String(response.status)}: ${await response.text()}`);
      return sent;
    };

    await timeEach(arrivals["timeline.created"], messages(WARMUP, plain), viaWebhook, options.gapMs, bench);
    const webhook = await timeEach(
      arrivals["timeline.created"],
      messages(options.realtimeEvents, plain),
      viaWebhook,
      options.gapMs,
      bench,
    );
    const commit = await timeEach(
      arrivals["timeline.created"],
      messages(options.realtimeEvents, plain),
      viaIngest,
      options.gapMs,
      bench,
    );
    const call = await timeEach(
      arrivals["call.incoming"],
      messages(options.calls, ringing),
      viaTwilio,
      options.gapMs,
      bench,
    );
    const clamped = commit.latencies.filter((ms) => ms < 0).length;
    const result: Measured = {
      webhook: summarize(webhook.latencies),
      commit: { ...summarize(commit.latencies.map((ms) => Math.max(0, ms))), clamped },
      call: summarize(call.latencies),
      raw,
      lost: { webhook: webhook.lost, commit: commit.lost, call: call.lost },
    };
    log(
      bench.kind,
      `webhook → console:        ${formatSummary(result.webhook)}; ${webhook.lost} never arrived`,
    );
    log(
      bench.kind,
      `commit → console:         ${formatSummary(result.commit)}; ${clamped} arrived before ingest() resolved (clamped to 0); ${commit.lost} never arrived`,
    );
    log(bench.kind, `webhook → call.incoming:  ${formatSummary(result.call)}; ${call.lost} never arrived`);
    return result;
  } finally {
    console_?.close();
    await running.app.close();
  }
}

/**
 * Sends each message (one at a time, `gapMs` apart), then waits for their events and pairs them by
 * timeline event id: the SSE payload carries it, the database maps it back to our external id.
 */
async function timeEach(
  arrived: Map<string, number>,
  messages: InboundMessageInput[],
  send: (message: InboundMessageInput) => Promise<number>,
  gapMs: number,
  bench: BenchDatabase,
): Promise<{ latencies: number[]; lost: number }> {
  const sentAt = new Map<string, number>();
  for (const message of messages) {
    sentAt.set(message.externalId, await send(message));
    await sleep(gapMs);
  }
  // Webhook processing runs after the answer, so the last items may not be committed yet: look again
  // until every item has its row and its event, or the time is up.
  const deadline = performance.now() + ARRIVAL_TIMEOUT_MS;
  let ids: { id: string; external_id: string | null }[] = [];
  for (;;) {
    if (ids.length < sentAt.size) {
      ids = await bench.database.db
        .selectFrom("timeline_events")
        .select(["id", "external_id"])
        .where("external_id", "in", [...sentAt.keys()])
        .execute();
    }
    if (
      (ids.length === sentAt.size && ids.every((row) => arrived.has(row.id))) ||
      performance.now() > deadline
    )
      break;
    await sleep(10);
  }
  const latencies: number[] = [];
  for (const row of ids) {
    const at = arrived.get(row.id);
    const sent = row.external_id ? sentAt.get(row.external_id) : undefined;
    if (at !== undefined && sent !== undefined) latencies.push(at - sent);
  }
  return { latencies, lost: messages.length - latencies.length };
}

/** The floor: a bare notification from one connection to a listening one, same spacing. */
async function rawNotify(bench: BenchDatabase, options: BenchOptions): Promise<number[]> {
  const count = options.realtimeEvents;
  const received = new Map<string, number>();
  const sentAt = new Map<string, number>();
  const pool = bench.rawPool(1);
  let stop: () => Promise<void>;
  let send: (payload: string) => Promise<unknown>;
  if (pool) {
    const listener = new pg.Client({ connectionString: options.url });
    await listener.connect();
    listener.on("notification", (n) => received.set(n.payload ?? "", performance.now()));
    await listener.query("listen bench_raw");
    send = (payload) => pool.query("select pg_notify('bench_raw', $1)", [payload]);
    stop = () => listener.end();
  } else {
    stop = await bench.database.notifications.listen("bench_raw", (payload) =>
      received.set(payload, performance.now()),
    );
    send = (payload) => notify(bench.database.db, "bench_raw", payload);
  }
  try {
    for (let i = 0; i < count + WARMUP; i++) {
      const payload = `n${i}`;
      sentAt.set(payload, performance.now());
      await send(payload);
      await sleep(options.gapMs);
    }
    const deadline = performance.now() + ARRIVAL_TIMEOUT_MS;
    while (received.size < sentAt.size && performance.now() < deadline) await sleep(10);
  } finally {
    await stop();
  }
  return [...sentAt.entries()].slice(WARMUP).flatMap(([payload, sent]) => {
    const at = received.get(payload);
    return at === undefined ? [] : [at - sent];
  });
}

if (isMain(import.meta.url)) await runAlone(runRealtimeLatency);
