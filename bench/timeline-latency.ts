import { CompiledQuery } from "kysely";
import { formatProfile, startActivitySampler, type ActivityProfile } from "./lib/activity-sampler.ts";
import { decodeCursor } from "./lib/api.ts";
import type { BenchOptions } from "./lib/args.ts";
import { captureQueries } from "./lib/capture-query.ts";
import { runChild } from "./lib/child.ts";
import { cpuWindow, type CpuUse, type CpuWindow } from "./lib/cpu.ts";
import { formatSummary, summarize, type Summary } from "./lib/percentiles.ts";
import type { FigureResult, Row } from "./lib/report.ts";
import { isMain, log, runAlone } from "./lib/run-alone.ts";
import {
  createSession,
  openBenchDatabase,
  PGLITE_NOTE,
  startApp,
  type BenchDatabase,
} from "./lib/setup-app.ts";
import type { TimelineClientsInput, TimelineClientsJob } from "./lib/timeline-clients.ts";
import { bulkLoad } from "./bulk-load.ts";

/**
 * Figure 2: timeline.list latency over HTTP for a customer with a long history, first page and a
 * deep page (by cursor), against the equivalent keyset SELECT through the driver, same concurrency.
 */

interface Measured {
  first: Summary;
  deep: Summary;
  rawFirst: Summary;
  rawDeep: Summary;
  deepAt: number;
  walkMs: number;
  load: Awaited<ReturnType<typeof bulkLoad>>;
  explain: Record<string, string[]>;
  profiles: Record<string, ActivityProfile>;
  cpu: Record<string, CpuUse>;
}

export async function runTimelineLatency(options: BenchOptions): Promise<FigureResult> {
  const first50: Row = {
    label: "2 timeline first page p50 (ms)",
    kind: "latency",
    values: {},
    target: "p50 ≤ 3 ms",
    met: {},
  };
  const first99: Row = {
    label: "2 timeline first page p99 (ms)",
    kind: "latency",
    values: {},
    target: "p99 ≤ 10 ms",
    met: {},
  };
  const deep50: Row = {
    label: "2 timeline deep page p50 (ms)",
    kind: "latency",
    values: {},
    target: "p50 ≤ 3 ms",
    met: {},
  };
  const deep99: Row = {
    label: "2 timeline deep page p99 (ms)",
    kind: "latency",
    values: {},
    target: "p99 ≤ 10 ms",
    met: {},
  };
  const deepVsFirst: Row = {
    label: "2 timeline deep / first p50",
    kind: "factor",
    values: {},
    target: "≤ 1.5×",
    met: {},
  };
  const details: Record<string, unknown> = {};
  const sizes: Record<string, unknown> = {
    customers: options.customers,
    bigCustomerEvents: options.bigCustomerEvents,
    clients: options.clients,
    requests: options.requests,
    warmup: options.warmup,
    deepOffset: options.deepOffset,
    limit: options.pageLimit,
  };
  for (const kind of options.databases) {
    const events = kind === "pglite" ? options.pgliteEvents : options.events;
    sizes[`${kind}Events`] = events;
    const bench = await openBenchDatabase(kind, options.url);
    try {
      console.log(`\n2 timeline latency on ${bench.label}${kind === "pglite" ? `\n  ${PGLITE_NOTE}` : ""}`);
      log(
        kind,
        `${events.toLocaleString("en")} events over ${options.customers.toLocaleString("en")} customers; ${options.clients} clients × ${options.requests} requests per page kind after ${options.warmup} warm-up; limit ${options.pageLimit}`,
      );
      const m = await measure(bench, events, options);
      const pg = kind === "postgres";
      first50.values[kind] = { api: m.first.p50, raw: m.rawFirst.p50 };
      first99.values[kind] = { api: m.first.p99, raw: m.rawFirst.p99 };
      deep50.values[kind] = { api: m.deep.p50, raw: m.rawDeep.p50 };
      deep99.values[kind] = { api: m.deep.p99, raw: m.rawDeep.p99 };
      deepVsFirst.values[kind] = { api: m.deep.p50 / m.first.p50, raw: m.rawDeep.p50 / m.rawFirst.p50 };
      // The targets are PostgreSQL's; PGlite is shown for comparison.
      const met = (row: Row, ok: boolean) => (row.met = { ...row.met, [kind]: pg ? ok : undefined });
      met(first50, m.first.p50 <= 3);
      met(first99, m.first.p99 <= 10);
      met(deep50, m.deep.p50 <= 3);
      met(deep99, m.deep.p99 <= 10);
      met(deepVsFirst, m.deep.p50 <= 1.5 * m.first.p50);
      details[kind] = m;
    } finally {
      await bench.close();
    }
  }
  const notes = [
    "bulk-loaded with insert … select from generate_series, bypassing the ingest path (inbound_event_id left null)",
    "API latency measured in a separate client process over HTTP: the tRPC batch GET the console sends, on keep-alive sockets, without the client library (its CPU would share the 2 cores); raw = the API's own first-page and deep-page statements (captured from it, same parameters) through pg / PGlite, same concurrency",
    "first page (no cursor) also records one timeline.viewed audit entry (written in batches within 200 ms); a deep page does not",
  ];
  return {
    figure: "timeline-latency",
    rows: [first50, first99, deep50, deep99, deepVsFirst],
    sizes,
    notes,
    details,
  };
}

async function measure(bench: BenchDatabase, events: number, options: BenchOptions): Promise<Measured> {
  const { kind, database } = bench;
  const load = await bulkLoad(
    database.db,
    { events, customers: options.customers, bigCustomerEvents: options.bigCustomerEvents },
    (line) => log(kind, line),
  );
  const session = await createSession(database);
  const capture = captureQueries(database.db, (text) => text.includes("from timeline_events"));
  const running = await startApp({ ...database, db: capture.db });
  const profiles: Record<string, ActivityProfile> = {};
  const cpu: Record<string, CpuUse> = {};
  try {
    capture.arm(true);
    const samplerPool = bench.rawPool(1);
    let sampler: ReturnType<typeof startActivitySampler> | undefined;
    const input: TimelineClientsInput = {
      url: running.url,
      token: session.token,
      customerId: load.bigCustomerId,
      clients: options.clients,
      requests: options.requests,
      warmup: options.warmup,
      deepOffset: options.deepOffset,
      limit: options.pageLimit,
    };
    // At each checkpoint the previous phase ends: its pg_stat_activity profile and CPU use are kept.
    let phase: { name: string; cpu: CpuWindow } | undefined;
    const endPhase = async () => {
      if (!phase) return;
      if (sampler) profiles[phase.name] = await sampler.stop();
      cpu[phase.name] = await phase.cpu.stop();
    };
    const api = await runChild<TimelineClientsJob>(
      new URL("./lib/timeline-clients.ts", import.meta.url),
      input,
      async (checkpoint) => {
        capture.arm(false);
        await endPhase();
        if (samplerPool) sampler = startActivitySampler(samplerPool, 10);
        phase = { name: checkpoint === "measure-first" ? "first" : "deep", cpu: await cpuWindow() };
      },
    );
    await endPhase();
    const first = summarize(api.first);
    const deep = summarize(api.deep);
    log(
      kind,
      `followed cursors to item ${api.deepAt} in ${api.walkMs.toFixed(0)} ms (${Math.ceil(api.deepAt / options.pageLimit)} pages)`,
    );
    log(kind, `load generator: ${api.clientCpuMsPerRequest.toFixed(2)} ms CPU per request`);
    log(kind, `API first page: ${formatSummary(first)}`);
    log(kind, `API deep page:  ${formatSummary(deep)}`);
    for (const [name, use] of Object.entries(cpu)) {
      const pgUse =
        kind === "pglite" || use.postgresCores === undefined
          ? ""
          : `, PostgreSQL ${(use.postgresCores * 100).toFixed(0)}% of a core`;
      log(
        kind,
        `${name}: API process ${(use.apiCores * 100).toFixed(0)}% of a core = ${((use.apiCores * use.wallMs) / options.requests).toFixed(2)} ms CPU per request${pgUse}`,
      );
    }
    for (const [name, profile] of Object.entries(profiles))
      for (const line of formatProfile(profile)) log(kind, `${name}: ${line}`);

    // The raw baseline is the API's own statements, as captured during the warm-up: the first page
    // (the warm-up's first call) and the deep page (the last call with the deep cursor's position).
    const position = decodeCursor(api.deepCursor);
    const firstSql = capture.captured[0];
    const deepSql = capture.captured.findLast((query) => query.parameters.includes(position.occurredAt));
    if (!firstSql || !deepSql)
      throw new Error("the API's timeline statements were not captured; the raw baseline needs them");
    const statements = { first: firstSql, deep: deepSql };
    const raw = rawQuery(bench, options.clients);
    await raw.load(options.warmup, statements.first);
    await raw.load(options.warmup, statements.deep);
    const rawFirst = summarize(await raw.load(options.requests, statements.first));
    const rawDeep = summarize(await raw.load(options.requests, statements.deep));
    log(kind, `raw first page: ${formatSummary(rawFirst)}`);
    log(kind, `raw deep page:  ${formatSummary(rawDeep)}`);
    const explain = await explainCaptured(bench, statements);
    return {
      first,
      deep,
      rawFirst,
      rawDeep,
      deepAt: api.deepAt,
      walkMs: api.walkMs,
      load,
      explain,
      profiles,
      cpu,
    };
  } finally {
    await running.app.close();
  }
}

function rawQuery(bench: BenchDatabase, clients: number) {
  const pool = bench.rawPool(clients);
  const run = pool
    ? (query: CompiledQuery) => pool.query(query.sql, [...query.parameters])
    : (query: CompiledQuery) => bench.database.db.executeQuery(query);
  return {
    async load(total: number, query: CompiledQuery): Promise<number[]> {
      const latencies: number[] = [];
      let issued = 0;
      await Promise.all(
        Array.from({ length: clients }, async () => {
          while (issued++ < total) {
            const started = performance.now();
            await run(query);
            latencies.push(performance.now() - started);
          }
        }),
      );
      return latencies;
    },
  };
}

/** EXPLAIN (ANALYZE, BUFFERS) of the API's own first-page and deep-page statements, as captured. */
async function explainCaptured(
  bench: BenchDatabase,
  statements: Record<"first" | "deep", CompiledQuery>,
): Promise<Record<string, string[]>> {
  const plans: Record<string, string[]> = {};
  for (const [name, query] of Object.entries(statements)) {
    const result = await bench.database.db.executeQuery<{ "QUERY PLAN": string }>(
      CompiledQuery.raw(`explain (analyze, buffers) ${query.sql}`, [...query.parameters]),
    );
    const plan = result.rows.map((row) => row["QUERY PLAN"]);
    plans[name] = [query.sql.replace(/\s+/g, " "), ...plan];
    const scan =
      plan.find((line) => /Scan.* on timeline_events/.test(line))?.trim() ??
      "no scan on timeline_events found";
    const buffers = plan.find((line) => line.includes("Buffers:"))?.trim() ?? "";
    const time = plan.find((line) => line.startsWith("Execution Time"))?.trim() ?? "";
    const offset = /\boffset\b/i.test(query.sql) ? "OFFSET present" : "no OFFSET";
    log(bench.kind, `EXPLAIN ${name} page (API's SQL, ${offset}): ${scan}; ${buffers}; ${time}`);
  }
  return plans;
}

if (isMain(import.meta.url)) await runAlone(runTimelineLatency);
