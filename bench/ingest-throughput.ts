import { sql } from "kysely";
import type pg from "pg";
import { formatProfile, startActivitySampler, type ActivityProfile } from "./lib/activity-sampler.ts";
import type { BenchOptions, DbKind } from "./lib/args.ts";
import { runChild } from "./lib/child.ts";
import { countQueries } from "./lib/capture-query.ts";
import { cpuWindow, type CpuUse } from "./lib/cpu.ts";
import { identityPool, inboundMessage, random } from "./lib/messages.ts";
import type { FigureResult, Measured, Row } from "./lib/report.ts";
import { isMain, log, runAlone } from "./lib/run-alone.ts";
import { NORMALIZED_CONTENT_TYPE } from "./lib/webhook-contract.ts";
import {
  createWebhookConnector,
  openBenchDatabase,
  PGLITE_NOTE,
  sleep,
  startApp,
  type BenchDatabase,
} from "./lib/setup-app.ts";
import type { SendersInput, SendersJob, SendersResult } from "./lib/webhook-senders.ts";

/**
 * Figure 1: events fully processed per second (inbound_events.status = 'processed') with 8 concurrent
 * webhook-style senders, against raw single-row durable INSERTs at the same concurrency, measured in
 * the same run (before and after; the mean is used). Two ways in:
 * - in-process: each sender does what the webhook handler does once a delivery is verified (commit
 *   the raw event, wake the processor) — the ingest path itself, compared like for like with the
 *   raw INSERTs, which are in-process too; the target is read on this row;
 * - over HTTP: signed webhooks from another process, adding HTTP, signature checks and the senders'
 *   own CPU on the same two cores.
 */
const RAW_WORKERS = 8;
const DRAIN_TIMEOUT_MS = 180_000;

export async function runIngestThroughput(options: BenchOptions): Promise<FigureResult> {
  const rate: Row = {
    label: "1 ingest, 8 senders → processed (ev/s)",
    kind: "rate",
    values: {},
    target: "≥2,000/s and ≥30% of raw",
    met: {},
  };
  const http: Row = { label: "1 ingest, HTTP webhooks → processed", kind: "rate", values: {} };
  const ack: Row = { label: "1 ingest, webhook answered (deliveries/s)", kind: "rate", values: {} };
  const notes: string[] = [];
  const details: Record<string, unknown> = {};
  const sizes: Record<string, unknown> = {
    senders: options.senders,
    identities: options.identities,
    redeliveryRate: options.redeliveryRate,
  };
  for (const kind of options.databases) {
    const deliveries = kind === "pglite" ? options.pgliteIngestDeliveries : options.ingestDeliveries;
    sizes[`${kind}Deliveries`] = deliveries;
    const bench = await openBenchDatabase(kind, options.url);
    try {
      console.log(`\n1 ingest throughput on ${bench.label}${kind === "pglite" ? `\n  ${PGLITE_NOTE}` : ""}`);
      log(
        kind,
        `${deliveries} deliveries (~${Math.round(options.redeliveryRate * 100)}% redeliveries) from ${options.senders} senders, ${options.identities} customer identities`,
      );
      const before = await rawInserts(bench, deliveries, options);
      const inProcess = await inProcessIngest(bench, deliveries, options);
      const measured = await apiIngest(bench, deliveries, options);
      const after = await rawInserts(bench, deliveries, options);
      const raw = (before + after) / 2;
      log(
        kind,
        `raw ${kind === "postgres" ? "durable " : ""}single-row INSERTs, ${RAW_WORKERS} concurrent: ${Math.round(before)}/s before, ${Math.round(after)}/s after → ${Math.round(raw)}/s`,
      );
      rate.values[kind] = { api: inProcess, raw };
      http.values[kind] = { api: measured.processedPerSecond, raw };
      ack.values[kind] = { api: measured.ackPerSecond };
      rate.met = { ...rate.met, [kind]: kind === "postgres" ? metTarget(rate.values[kind]) : undefined };
      details[kind] = { ...measured, inProcessPerSecond: inProcess, rawBefore: before, rawAfter: after };
    } finally {
      await bench.close();
    }
  }
  notes.push(
    "raw baseline: autocommit INSERT of a similar JSON body into a one-index table; PostgreSQL synchronous_commit as configured (printed)",
  );
  return { figure: "ingest-throughput", rows: [rate, http, ack], sizes, notes, details };
}

function metTarget(measured: Measured): boolean {
  return measured.api >= 2000 && measured.raw !== undefined && measured.api >= 0.3 * measured.raw;
}

function bodies(count: number, options: BenchOptions): string[] {
  const next = random(99);
  const pool = identityPool(options.identities, next);
  return Array.from({ length: count }, (_, i) => {
    const person = pool[i % pool.length];
    if (!person) throw new Error("--identities must be at least 1");
    return JSON.stringify([inboundMessage(person, next)]);
  });
}

/** Rows per second of `insert … values ($1, $2)` autocommitted, RAW_WORKERS at a time. */
async function rawInserts(bench: BenchDatabase, count: number, options: BenchOptions): Promise<number> {
  const payloads = bodies(count, options);
  const { db } = bench.database;
  await sql`drop table if exists raw_inserts`.execute(db);
  await sql`create table raw_inserts (id bigint generated always as identity primary key, dedupe_key text not null, body text not null, received_at timestamptz not null default now())`.execute(
    db,
  );
  const pool = bench.rawPool(RAW_WORKERS);
  let insert: (key: string, body: string) => Promise<unknown>;
  if (pool) {
    // Open every connection before the clock starts.
    const clients = await Promise.all(Array.from({ length: RAW_WORKERS }, () => pool.connect()));
    for (const client of clients) client.release();
    if (!rawSettingsPrinted) {
      const { rows } = await pool.query<{ sc: string; fsync: string }>(
        "select current_setting('synchronous_commit') as sc, current_setting('fsync') as fsync",
      );
      log(
        bench.kind,
        `PostgreSQL synchronous_commit=${rows[0]?.sc ?? "?"} fsync=${rows[0]?.fsync ?? "?"} (durable commits)`,
      );
      rawSettingsPrinted = true;
    }
    insert = (key, body) =>
      pool.query("insert into raw_inserts (dedupe_key, body) values ($1, $2)", [key, body]);
  } else {
    insert = (key, body) =>
      sql`insert into raw_inserts (dedupe_key, body) values (${key}, ${body})`.execute(db);
  }
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: RAW_WORKERS }, async () => {
      for (let i = next++; i < count; i = next++) await insert(`raw-${i}`, payloads[i] ?? "");
    }),
  );
  return count / ((performance.now() - started) / 1000);
}
let rawSettingsPrinted = false;

interface ApiIngest {
  processedPerSecond: number;
  ackPerSecond: number;
  senders: SendersResult;
  timelineEvents: number;
  customers: number;
  identities: number;
  retried: number;
  failed: number;
  cpu: CpuUse;
  profile?: ActivityProfile;
  appLog: Record<string, number>;
  statementsPerEvent: number;
}

async function apiIngest(
  bench: BenchDatabase,
  deliveries: number,
  options: BenchOptions,
): Promise<ApiIngest> {
  const { db } = bench.database;
  const counted = countQueries(db);
  const running = await startApp({ ...bench.database, db: counted.db });
  try {
    const connector = await createWebhookConnector(running, bench.database);
    const samplerPool: pg.Pool | undefined = bench.rawPool(1);
    const sampler = samplerPool ? startActivitySampler(samplerPool) : undefined;
    const cpu = await cpuWindow();
    const input: SendersInput = {
      webhookUrl: `${running.url}/webhooks/${connector.id}`,
      signingSecret: connector.signingSecret,
      deliveries,
      senders: options.senders,
      identities: options.identities,
      redeliveryRate: options.redeliveryRate,
      seed: 7,
    };
    const statementsBefore = counted.counts.statements;
    const sent = await runChild<SendersJob>(new URL("./lib/webhook-senders.ts", import.meta.url), input);
    const drained = await waitUntilProcessed(bench, sent.unique);
    // Read before the polling below adds its own; the poll itself runs on `db`, not `counted.db`.
    const statements = counted.counts.statements - statementsBefore;
    const usage = await cpu.stop();
    const profile = await sampler?.stop();
    const seconds = (drained.lastProcessedAt - sent.startedAt) / 1000;
    const counts = await sql<{ events: number; customers: number; identities: number }>`
      select (select count(*)::int from timeline_events) as events, (select count(*)::int from customers) as customers,
             (select count(*)::int from identities) as identities
    `.execute(db);
    const row = counts.rows[0] ?? { events: 0, customers: 0, identities: 0 };
    const result: ApiIngest = {
      processedPerSecond: sent.unique / seconds,
      ackPerSecond: (sent.unique + sent.redeliveries) / ((sent.finishedAt - sent.startedAt) / 1000),
      senders: sent,
      timelineEvents: row.events,
      customers: row.customers,
      identities: row.identities,
      retried: drained.retried,
      failed: drained.failed,
      cpu: usage,
      profile,
      appLog: running.log.counts,
      statementsPerEvent: statements / sent.unique,
    };
    report(bench.kind, result, seconds);
    return result;
  } finally {
    await running.app.close();
  }
}

/** 8 async senders in this process: commit the raw event, wake the processor, next delivery. */
async function inProcessIngest(
  bench: BenchDatabase,
  deliveries: number,
  options: BenchOptions,
): Promise<number> {
  const running = await startApp(bench.database);
  try {
    const connector = await createWebhookConnector(running, bench.database);
    const payloads = bodies(deliveries, options);
    const { db } = bench.database;
    const startedAt = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: options.senders }, async () => {
        for (let i = next++; i < deliveries; i = next++) {
          const stored = await running.app.services.inboundStore.store({
            connectorId: connector.id,
            dedupeKey: `in-process-${i}`,
            contentType: NORMALIZED_CONTENT_TYPE,
            headers: {},
            body: payloads[i] ?? "",
            receivedAt: new Date(),
          });
          if (!stored.duplicate) running.app.services.inbound.wake();
        }
      }),
    );
    const answered = (performance.now() - startedAt) / 1000;
    const drained = await waitUntilProcessed(bench, deliveries);
    const seconds = (drained.lastProcessedAt - (Date.now() - (performance.now() - startedAt))) / 1000;
    log(
      bench.kind,
      `in-process: ${deliveries} events stored in ${answered.toFixed(2)} s, all processed after ${seconds.toFixed(2)} s → ${Math.round(deliveries / seconds)} events/s`,
    );
    await sql`truncate inbound_events, timeline_events, conversations, identities, merge_suggestions, realtime_events, customers cascade`.execute(
      db,
    );
    return deliveries / seconds;
  } finally {
    await running.app.close();
  }
}

async function waitUntilProcessed(
  bench: BenchDatabase,
  unique: number,
): Promise<{ lastProcessedAt: number; retried: number; failed: number }> {
  const deadline = performance.now() + DRAIN_TIMEOUT_MS;
  for (;;) {
    const { rows } = await sql<{ processed: number; failed: number; retried: number; last: Date | null }>`
      select count(*) filter (where status = 'processed')::int as processed, count(*) filter (where status = 'failed')::int as failed,
             count(*) filter (where attempts > 0)::int as retried, max(processed_at) as last
      from inbound_events
    `.execute(bench.database.db);
    const row = rows[0];
    if (row && row.processed + row.failed >= unique && row.last)
      return { lastProcessedAt: row.last.getTime(), retried: row.retried, failed: row.failed };
    if (performance.now() > deadline)
      throw new Error(
        `only ${row?.processed ?? 0} of ${unique} events processed after ${DRAIN_TIMEOUT_MS / 1000} s`,
      );
    await sleep(100);
  }
}

function report(kind: DbKind, r: ApiIngest, seconds: number): void {
  const s = r.senders;
  log(
    kind,
    `sent ${s.unique} events + ${s.redeliveries} redeliveries; HTTP ${JSON.stringify(s.statuses)}; answered at ${Math.round(r.ackPerSecond)}/s (ack p50 ${s.ack.p50.toFixed(1)} ms, p99 ${s.ack.p99.toFixed(1)} ms)`,
  );
  log(
    kind,
    `all processed after ${seconds.toFixed(2)} s → ${Math.round(r.processedPerSecond)} events/s; ${r.timelineEvents} timeline events, ${r.customers} customers, ${r.identities} identities; ${r.retried} needed a retry, ${r.failed} failed; app log ${JSON.stringify(r.appLog)}`,
  );
  const pgCores =
    kind === "pglite"
      ? "(in the API process)"
      : r.cpu.postgresCores === undefined
        ? "n/a"
        : `${(r.cpu.postgresCores * 100).toFixed(0)}%`;
  log(
    kind,
    `CPU (of one core) over the run: API process ${(r.cpu.apiCores * 100).toFixed(0)}%, PostgreSQL ${pgCores}, senders ${((s.cpuMs / r.cpu.wallMs) * 100).toFixed(0)}% (2 cores = 200%)`,
  );
  log(
    kind,
    `${r.statementsPerEvent.toFixed(1)} SQL statements per event through the API's kysely (webhook + processing; BEGIN/COMMIT not counted), each a sequential round trip`,
  );
  if (r.profile) for (const line of formatProfile(r.profile)) log(kind, line);
}

if (isMain(import.meta.url)) await runAlone(runIngestThroughput);
