import { readSearchQuery } from "@emma/core";
import { CompiledQuery, sql } from "kysely";
import type { BenchOptions } from "./lib/args.ts";
import { captureQueries } from "./lib/capture-query.ts";
import { percentile } from "./lib/percentiles.ts";
import type { FigureResult, Row } from "./lib/report.ts";
import { isMain, log, runAlone } from "./lib/run-alone.ts";
import { loadSearchData } from "./lib/search-load.ts";
import { vocabulary } from "./lib/search-vocabulary.ts";
import { createSession, openBenchDatabase, startApp, type BenchDatabase } from "./lib/setup-app.ts";

/**
 * Figure 6: search.query over HTTP (one client, one request at a time) on PostgreSQL with
 * `--events` messages, per kind of query, beside the API's own statements (captured from it) run
 * raw through pg the way the API runs them (customers and items at once, on two connections).
 */
const REQUESTS = 200;
const WARMUP = 20;

interface Case {
  name: string;
  query: string;
  target: number | undefined;
}

interface Measured {
  api: { p50: number; p95: number };
  raw: { p50: number; p95: number };
  customers: number;
  items: number;
  matching: number;
  /** 1: the newest items filled the page; 2: the GIN indexes found the matches. */
  itemStatements: number;
  plan: string[];
  customersPlan: string[];
}

export async function runSearchLatency(options: BenchOptions): Promise<FigureResult> {
  const rows: Row[] = [];
  const details: Record<string, unknown> = {};
  const notes = [
    "PostgreSQL only (the targets are PostgreSQL's); bulk-loaded with insert … select from generate_series, search indexes built after the load",
    `API: search.query as the console sends it (tRPC batch GET, bearer session), ${REQUESTS} sequential requests per case after ${WARMUP} warm-up, client in the same process; raw: the API's own statements captured from it, run through pg with the same parameters as the API runs them (the customers' lookups one after the other, beside the items')`,
    "every first-page search that finds something also records one audit entry (written in batches within 200 ms)",
  ];
  const sizes: Record<string, unknown> = { events: options.events, customers: options.customers };
  if (!options.databases.includes("postgres")) {
    return {
      figure: "search-latency",
      rows,
      sizes,
      notes: [...notes, "skipped: run with --db postgres"],
      details,
    };
  }
  const bench = await openBenchDatabase("postgres", options.url);
  try {
    console.log(`\n6 search latency on ${bench.label}`);
    const load = await loadSearchData(bench.database.db, options, (line) => log("postgres", line));
    sizes.loadSeconds = load.seconds;
    Object.assign(sizes, await indexSizes(bench));
    log("postgres", `sizes: ${JSON.stringify(sizes)}`);
    const cases = await chooseCases(bench);
    const measured = await measureCases(bench, cases);
    for (const c of cases) {
      const m = measured[c.name];
      if (!m) continue;
      rows.push({
        label: `6 search ${c.name} p95 (ms)`,
        kind: "latency",
        values: { postgres: { api: m.api.p95, raw: m.raw.p95 } },
        target: c.target === undefined ? "(no target)" : `p95 ≤ ${c.target} ms`,
        met: { postgres: c.target === undefined ? undefined : m.api.p95 <= c.target },
      });
      details[c.name] = { query: c.query, ...m };
    }
  } finally {
    await bench.close();
  }
  return { figure: "search-latency", rows, sizes, notes, details };
}

async function chooseCases(bench: BenchDatabase): Promise<Case[]> {
  const db = bench.database.db;
  const phone = await sql<{ value: string }>`
    select value from identities where kind = 'phone' order by value limit 1 offset 4242
  `.execute(db);
  const email = await sql<{ value: string }>`
    select value from identities where kind = 'email' order by value limit 1 offset 4243
  `.execute(db);
  const lastDigits = phone.rows[0]?.value.slice(-6) ?? "";
  // "anna.mueller4243@gmx.de" → "mueller4243@": what an agent reads off a screenshot or a letter.
  const address = email.rows[0]?.value ?? "";
  const partialEmail = address.slice(address.indexOf(".") + 1, address.indexOf("@") + 1);
  return [
    { name: "selective term", query: vocabulary.at(-3) ?? "", target: 50 },
    { name: "very common term", query: "Konto", target: 200 },
    { name: "phone last 6 digits", query: lastDigits, target: 50 },
    { name: "name Mueller", query: "Mueller", target: 50 },
    { name: "partial e-mail", query: partialEmail, target: 50 },
    { name: "e-mail domain @gmx", query: "@gmx", target: undefined },
  ];
}

async function measureCases(bench: BenchDatabase, cases: Case[]): Promise<Record<string, Measured>> {
  const { database } = bench;
  const session = await createSession(database);
  const capture = captureQueries(database.db, (text) =>
    /emma_fold|emma_compact|search_folded|from "customers"/.test(text),
  );
  const running = await startApp({ ...database, db: capture.db });
  const pool = bench.rawPool(2);
  if (!pool) throw new Error("the raw baseline needs PostgreSQL");
  const results: Record<string, Measured> = {};
  try {
    for (const c of cases) {
      const url = `${running.url}/trpc/search.query?batch=1&input=${encodeURIComponent(JSON.stringify({ 0: { query: c.query } }))}`;
      const call = async () => {
        const response = await fetch(url, { headers: { authorization: `Bearer ${session.token}` } });
        const body = await response.text();
        if (!response.ok) throw new Error(`search.query answered ${response.status}: ${body}`);
        return body;
      };
      capture.captured.length = 0;
      capture.arm(true);
      const answer = JSON.parse(await call()) as [
        { result: { data: { customers: unknown[]; items: unknown[] } } },
      ];
      capture.arm(false);
      const statements = [...capture.captured];
      const api = await timed(call);
      // The items' statements (a walk over the newest items, then maybe the GIN indexes) one after
      // the other, beside the customers' lookups one after the other: as the API runs them.
      const itemStatements = statements.filter((q) => q.sql.includes("search_folded"));
      const customerStatements = statements.filter((q) => !itemStatements.includes(q));
      const chain = async (queries: CompiledQuery[]) => {
        for (const q of queries) await pool.query(q.sql, [...q.parameters]);
      };
      const raw = await timed(() => Promise.all([chain(itemStatements), chain(customerStatements)]));
      const itemsStatement = itemStatements.at(-1);
      const customersStatement = customerStatements[0];
      const m: Measured = {
        api,
        raw,
        customers: answer[0].result.data.customers.length,
        items: answer[0].result.data.items.length,
        matching: await countMatching(bench, c.query),
        itemStatements: itemStatements.length,
        plan: itemsStatement ? await explain(bench, itemsStatement) : [],
        customersPlan: customersStatement ? await explain(bench, customersStatement) : [],
      };
      results[c.name] = m;
      log(
        "postgres",
        `${c.name} (${JSON.stringify(c.query)}): API p50 ${m.api.p50.toFixed(1)} p95 ${m.api.p95.toFixed(1)} ms, raw p50 ${m.raw.p50.toFixed(1)} p95 ${m.raw.p95.toFixed(1)} ms; ${m.customers} customers, ${m.items} items on the page, ${m.matching.toLocaleString("en")} items match, ${m.itemStatements === 1 ? "page from the newest items" : "matches through the GIN indexes"}`,
      );
      const scan = m.plan.filter((line) => /Scan|Execution Time/.test(line)).map((line) => line.trim());
      log("postgres", `  items plan: ${scan.join(" | ")}`);
      const lookups = m.customersPlan
        .filter((line) => /Scan|Execution Time/.test(line))
        .map((line) => line.trim());
      log("postgres", `  customers plan: ${lookups.join(" | ")}`);
    }
  } finally {
    await running.app.close();
  }
  return results;
}

async function timed(run: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < WARMUP; i++) await run();
  const samples: number[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

/** How many items the query's words match in all (the page shows 20). */
async function countMatching(bench: BenchDatabase, query: string): Promise<number> {
  const plan = readSearchQuery(query, "DE");
  if (plan.textQuery === null) return 0;
  const { rows } = await sql<{ n: number }>`
    select count(*)::int as n from timeline_events e
    where e.kind in ('message', 'call', 'voicemail', 'forum_post', 'note')
      and (e.search @@ websearch_to_tsquery('english', ${query}) or e.search_folded @@ to_tsquery('german', ${plan.textQuery}))
  `.execute(bench.database.db);
  return rows[0]?.n ?? 0;
}

async function explain(bench: BenchDatabase, query: CompiledQuery): Promise<string[]> {
  const result = await bench.database.db.executeQuery<{ "QUERY PLAN": string }>(
    CompiledQuery.raw(`explain (analyze, buffers) ${query.sql}`, [...query.parameters]),
  );
  return result.rows.map((row) => row["QUERY PLAN"]);
}

/** What the search costs on disk: its indexes and the folded full-text column beside the original. */
async function indexSizes(bench: BenchDatabase): Promise<Record<string, string>> {
  const { rows } = await sql<{ name: string; size: string }>`
    select c.relname as name, pg_size_pretty(pg_relation_size(c.oid)) as size
    from pg_class c
    where c.relname in ('timeline_events', 'timeline_search_idx', 'timeline_search_folded_idx', 'timeline_searchable_idx',
      'customers_name_fold_idx', 'identities_fold_idx', 'customer_products_reference_idx')
      and c.relnamespace = current_schema()::regnamespace
    union all
    select 'avg bytes per row: search / search_folded',
      round(avg(pg_column_size(search)))::text || ' / ' || round(avg(pg_column_size(search_folded)))::text
    from (select search, search_folded from timeline_events tablesample system (1)) sample
  `.execute(bench.database.db);
  return Object.fromEntries(rows.map((row) => [row.name, row.size]));
}

if (isMain(import.meta.url)) await runAlone(runSearchLatency);
