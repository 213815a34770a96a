import {
  BREAKDOWN_GROUPINGS,
  DEFAULT_SERVICE_SETTINGS,
  REPORT_NAMES,
  type ReportInput,
  type ReportName,
  type ServiceSettings,
} from "@emma/core";
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
 * computes) on PostgreSQL with 100,000 conversations and `--events` events over two years, as the
 * API builds it in-process (grouped SQL, then the figures around it), beside the same statements
 * captured from it and run raw through pg.
 */
const CONVERSATIONS = 100_000;
const RUNS = 10;
const WARMUP = 2;
const TARGET_MS = 500;
const UNTIL = new Date("2026-07-01T00:00:00Z");
const RANGE: ReportInput = { from: "2026-04-01", to: "2026-06-29", timeZone: "Europe/Berlin" };
/** A bank's desk: weekdays 08:00–18:00 in Berlin, Saturday mornings, the 2026 public holidays. */
const BUSINESS: ServiceSettings = {
  ...DEFAULT_SERVICE_SETTINGS,
  businessHours: {
    timeZone: "Europe/Berlin",
    openings: [
      ...[1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: "08:00", closes: "18:00" })),
      { weekday: 6, opens: "09:00", closes: "13:00" },
    ],
    holidays: ["2026-01-01", "2026-04-03", "2026-04-06", "2026-05-01", "2026-05-14", "2026-05-25"],
  },
};
/** The reports whose durations run only in business hours once admins set them. */
const IN_BUSINESS_HOURS: readonly ReportName[] = ["responseTimes", "sla"];

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
    "business hours: responseTimes and sla again with the desk's hours set (contacts read by SQL, core's definitions with the business clock), raw: their SQL baseline without hours",
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
    /** One statement set's API timing beside its captured SQL run raw, as a row; the API's p50. */
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
        `${name}: API p50 ${api.p50.toFixed(1)} p95 ${api.p95.toFixed(1)} max ${api.max.toFixed(1)} ms, raw SQL p50 ${raw.p50.toFixed(1)} ms (${statements.length} statements); ${describe(output)}`,
      );
      rows.push({
        label: `8 report ${name} p50 (ms)`,
        kind: "latency",
        values: { postgres: { api: api.p50, raw: raw.p50 } },
        target: `≤ ${TARGET_MS} ms`,
        met: { postgres: api.max <= TARGET_MS },
      });
      details[name] = { api, raw, statements: statements.map((q) => q.sql) };
      return api.p50;
    };
    const baselines = new Map<ReportName, number>();
    for (const report of REPORT_NAMES) {
      const run = async () =>
        presentReport(
          report,
          await buildReport(capture.db, {
            report,
            input: RANGE,
            settings: DEFAULT_SERVICE_SETTINGS,
            now: UNTIL,
          }),
        );
      baselines.set(report, await measure(report, run, (output) => headline(report, output.figures)));
    }
    for (const report of IN_BUSINESS_HOURS) {
      const run = async () =>
        presentReport(
          report,
          await buildReport(bench.database.db, { report, input: RANGE, settings: BUSINESS, now: UNTIL }),
        );
      const output = await run();
      if (output.basis !== "business") throw new Error(`${report} did not count business hours`);
      const api = await timed(run);
      const baseline = baselines.get(report) ?? Number.NaN;
      log(
        "postgres",
        `${report} in business hours: API p50 ${api.p50.toFixed(1)} p95 ${api.p95.toFixed(1)} max ${api.max.toFixed(1)} ms, beside ${baseline.toFixed(1)} ms in calendar time (SQL); ${headline(report, output.figures)}`,
      );
      rows.push({
        label: `8 report ${report} business hours p50 (ms)`,
        kind: "latency",
        values: { postgres: { api: api.p50, raw: baseline } },
        target: `≤ ${TARGET_MS} ms`,
        met: { postgres: api.max <= TARGET_MS },
      });
      details[`${report}InBusinessHours`] = { api, calendarSqlP50: baseline };
    }
    // Every report's key figures per team or agent at once (reports.breakdown), over the same range.
    for (const by of BREAKDOWN_GROUPINGS) {
      const run = () =>
        buildBreakdown(capture.db, {
          input: { ...RANGE, by },
          settings: DEFAULT_SERVICE_SETTINGS,
          now: UNTIL,
        });
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

function headline(
  report: ReportName,
  figures: { key: string; current: number | null; previous: number | null }[],
) {
  const found = figures.find((f) => f.key === HEADLINES[report]);
  if (!found) throw new Error(`${report} has no figure ${HEADLINES[report]}`);
  return `${figures.length} figures, e.g. ${found.key} = ${found.current} (previous ${found.previous})`;
}

async function timed(run: () => Promise<unknown>): Promise<{ p50: number; p95: number; max: number }> {
  for (let i = 0; i < WARMUP; i++) await run();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), max: samples.at(-1) ?? 0 };
}

if (isMain(import.meta.url)) await runAlone(runReports);
