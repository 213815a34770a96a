import { BREAKDOWN_GROUPINGS, REPORT_NAMES, type ReportInput, type ReportName } from "@emma/core";
import { buildBreakdown, buildReport, presentReport } from "./lib/api.ts";
import type { BenchOptions } from "./lib/args.ts";
import { captureQueries } from "./lib/capture-query.ts";
import { percentile } from "./lib/percentiles.ts";
import type { FigureResult, Row } from "./lib/report.ts";
import { loadReportData } from "./lib/reports-load.ts";
import { isMain, log, runAlone } from "./lib/run-alone.ts";
import { openBenchDatabase } from "./lib/setup-app.ts";

/**
 * Figure 8: every report for a 90-day range (and the 90 days before, which each report also
 * computes), and the breakdown of their key figures by team and by agent, on PostgreSQL with
 * 100,000 conversations and `--events` events over two years, as the API builds it in-process
 * (grouped SQL, then the figures around it), beside the same statements captured from it and run
 * raw through pg.
 */
const CONVERSATIONS = 100_000;
const RUNS = 10;
const WARMUP = 2;
const TARGET_MS = 500;
const UNTIL = new Date("2026-07-01T00:00:00Z");
const RANGE: ReportInput = { from: "2026-04-01", to: "2026-06-29", timeZone: "Europe/Berlin" };
/** The one figure per report the log prints, to show each report computed something real. */
const HEADLINES: Record<ReportName, string> = {
  contacts: "contacts|all|total",
  responseTimes: "firstResponse|median",
  calls: "calls|answered",
  backlog: "backlog|all",
  sla: "sla|all|all|share",
  repeatContacts: "repeat|all|share",
  community: "community|solvedByCommunity",
};

export async function runReports(options: BenchOptions): Promise<FigureResult> {
  const rows: Row[] = [];
  const details: Record<string, unknown> = {};
  const sizes: Record<string, unknown> = {
    conversations: CONVERSATIONS,
    events: options.events,
    range: RANGE,
  };
  const notes = [
    "PostgreSQL only; bulk-loaded with insert … select from generate_series over two years",
    `API: buildReport + presenter in-process (as reports.* runs it), ${RUNS} runs after ${WARMUP} warm-up, p50 and max; raw: the API's statements captured from it, run one after the other through pg`,
  ];
  if (!options.databases.includes("postgres")) {
    return { figure: "reports", rows, sizes, notes: [...notes, "skipped: run with --db postgres"], details };
  }
  const bench = await openBenchDatabase("postgres", options.url);
  try {
    console.log(`\n8 reports on ${bench.label}`);
    const load = await loadReportData(
      bench.database.db,
      { conversations: CONVERSATIONS, events: options.events, until: UNTIL },
      (line) => log("postgres", line),
    );
    sizes.loadSeconds = load.seconds;
    const capture = captureQueries(bench.database.db, () => true);
    const pool = bench.rawPool(1);
    if (!pool) throw new Error("the raw baseline needs PostgreSQL");
    /** One report's API and raw timings, with a line that shows it computed something real. */
    const measure = async <T>(name: string, run: () => Promise<T>, describe: (output: T) => string) => {
      capture.captured.length = 0;
      capture.arm(true);
      const output = await run();
      capture.arm(false);
      const statements = [...capture.captured];
      const api = await timed(run);
      const raw = await timed(async () => {
        for (const q of statements) await pool.query(q.sql, [...q.parameters]);
      });
      log(
        "postgres",
        `${name}: API p50 ${api.p50.toFixed(1)} max ${api.max.toFixed(1)} ms, raw SQL p50 ${raw.p50.toFixed(1)} ms (${statements.length} statements); ${describe(output)}`,
      );
      rows.push({
        label: `8 report ${name} p50 (ms)`,
        kind: "latency",
        values: { postgres: { api: api.p50, raw: raw.p50 } },
        target: `≤ ${TARGET_MS} ms`,
        met: { postgres: api.max <= TARGET_MS },
      });
      details[name] = { api, raw, statements: statements.map((q) => q.sql) };
    };
    for (const report of REPORT_NAMES) {
      const run = async () =>
        presentReport(report, RANGE, await buildReport(capture.db, { report, input: RANGE, now: UNTIL }));
      await measure(report, run, (output) => {
        const headline = output.figures.find((f) => f.key === HEADLINES[report]);
        if (!headline) throw new Error(`${report} has no figure ${HEADLINES[report]}`);
        return `${output.figures.length} figures, e.g. ${headline.key} = ${headline.current} (previous ${headline.previous})`;
      });
    }
    // Every report's key figures per team or agent at once (reports.breakdown), over the same range.
    for (const by of BREAKDOWN_GROUPINGS) {
      const run = () => buildBreakdown(capture.db, { input: { ...RANGE, by }, now: UNTIL });
      await measure(
        `breakdown by ${by}`,
        run,
        (output) =>
          `${output.rows.length} rows, total contacts ${output.total.current.contacts} (previous ${output.total.previous.contacts})`,
      );
    }
  } finally {
    await bench.close();
  }
  return { figure: "reports", rows, sizes, notes, details };
}

async function timed(run: () => Promise<unknown>): Promise<{ p50: number; max: number }> {
  for (let i = 0; i < WARMUP; i++) await run();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), max: samples.at(-1) ?? 0 };
}

if (isMain(import.meta.url)) await runAlone(runReports);
