import { sql } from "kysely";
import type { BenchOptions, DbKind } from "./lib/args.ts";
import { ExportWorker } from "./lib/api.ts";
import { loadExportCustomer } from "./lib/export-load.ts";
import type { FigureResult, Row } from "./lib/report.ts";
import { isMain, log, runAlone } from "./lib/run-alone.ts";
import { PGLITE_NOTE, openBenchDatabase } from "./lib/setup-app.ts";

/**
 * Figure 9: a customer data export (GDPR Art. 15/20) of a customer with `--big-customer-events`
 * timeline items, from the job's claim to the finished ZIP in the table, as the API's worker makes
 * it; beside the plain SELECT of the same rows and kept files (the least any export must read).
 */
const RUNS = 3;
const TARGET_MS = 60_000;

export async function runExport(options: BenchOptions): Promise<FigureResult> {
  const rows: Row[] = [];
  const details: Record<string, unknown> = {};
  const sizes: Record<string, unknown> = { events: options.bigCustomerEvents };
  const notes = [
    `API: one export job (claim → collect → JSON, JSON Schema, HTML, ZIP → stored), ${RUNS} runs, the slowest counts for the target; raw: select * of the customer's timeline rows and their kept files`,
  ];
  const row: Row = {
    label: `9 export ${options.bigCustomerEvents.toLocaleString("en")} events (ms)`,
    kind: "latency",
    values: {},
    target: `≤ ${TARGET_MS.toLocaleString("en")} ms`,
    met: {},
  };
  for (const kind of options.databases) {
    if (kind === "pglite") notes.push(PGLITE_NOTE);
    const measured = await measure(kind, options, details, sizes);
    row.values[kind] = measured;
    (row.met ??= {})[kind] = measured.api <= TARGET_MS;
  }
  rows.push(row);
  return { figure: "export", rows, sizes, notes, details };
}

async function measure(
  kind: DbKind,
  options: BenchOptions,
  details: Record<string, unknown>,
  sizes: Record<string, unknown>,
): Promise<{ api: number; raw: number }> {
  const bench = await openBenchDatabase(kind, options.url);
  try {
    const db = bench.database.db;
    console.log(`\n9 customer export on ${bench.label}`);
    const load = await loadExportCustomer(db, options.bigCustomerEvents);
    sizes[`${kind}Load`] = load;
    log(
      kind,
      `loaded ${load.events.toLocaleString("en")} events (${load.attachments} with a file) in ${load.seconds.toFixed(1)} s`,
    );
    const worker = new ExportWorker(
      db,
      { info() {}, warn() {}, error() {} },
      {
        now: () => new Date(),
        maxBytes: 512 * 1024 * 1024,
        paused: true,
      },
    );
    const samples: number[] = [];
    let bytes = 0;
    for (let run = 0; run < RUNS; run++) {
      const job = await db
        .insertInto("customer_exports")
        .values({
          customer_id: load.customerId,
          requested_by: load.userId,
          language: "de",
          time_zone: "Europe/Berlin",
          created_at: new Date(),
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      const started = performance.now();
      await worker.drain();
      samples.push(performance.now() - started);
      const done = await db
        .selectFrom("customer_exports")
        .select(["status", "error", "result_bytes", "progress_done"])
        .where("id", "=", job.id)
        .executeTakeFirstOrThrow();
      if (done.status !== "done") throw new Error(`the export failed: ${done.error ?? done.status}`);
      bytes = done.result_bytes ?? 0;
      if (done.progress_done !== load.events) throw new Error(`the export read ${done.progress_done} items`);
    }
    const rawSamples: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      await sql`select * from timeline_events where customer_id = any(${load.recordIds}::uuid[]) order by occurred_at, id`.execute(
        db,
      );
      await sql`select content from kept_files`.execute(db);
      rawSamples.push(performance.now() - started);
    }
    const api = Math.max(...samples);
    const raw = Math.min(...rawSamples);
    log(
      kind,
      `export of ${load.events.toLocaleString("en")} events: ${samples.map((s) => (s / 1000).toFixed(1)).join(", ")} s (ZIP ${(bytes / 1024 / 1024).toFixed(1)} MB), raw select ${raw.toFixed(0)} ms`,
    );
    details[kind] = { samplesMs: samples, rawMs: rawSamples, zipBytes: bytes };
    return { api, raw };
  } finally {
    await bench.close();
  }
}

if (isMain(import.meta.url)) await runAlone(runExport);
