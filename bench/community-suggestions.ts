import { CompiledQuery, sql } from "kysely";
import type { BenchOptions } from "./lib/args.ts";
import { captureQueries } from "./lib/capture-query.ts";
import { loadForumData } from "./lib/forum-load.ts";
import { percentile } from "./lib/percentiles.ts";
import type { FigureResult, Row } from "./lib/report.ts";
import { isMain, log, runAlone } from "./lib/run-alone.ts";
import { createSession, openBenchDatabase, startApp, type BenchDatabase } from "./lib/setup-app.ts";

/**
 * Figure 7: community.suggestions over HTTP (one client, one request at a time) on PostgreSQL with
 * 100,000 forum posts in 15,000 topics beside 200,000 e-mails about the same problems, for a set of
 * customers' questions, beside the API's own statements (captured from it) run raw through pg.
 */
const SIZES = { topics: 15_000, posts: 100_000, mails: 200_000 };
const ROUNDS = 30;
const WARMUP_ROUNDS = 3;
const TARGET_P95_MS = 50;

const QUESTIONS = [
  [
    "Karte gesperrt",
    "Hallo,\n\nich habe meine PIN dreimal falsch eingegeben, jetzt ist die Karte gesperrt. Was tun?\n\nViele Grüße\nMax Mustermann",
  ],
  ["Push-TAN geht nicht", "Guten Tag,\nich habe ein neues Handy und bekomme keine Push-TAN mehr."],
  [
    "Überweisung falsch",
    "Ich habe Geld an eine falsche IBAN überwiesen. Kann man die Überweisung zurückholen?",
  ],
  ["Sparplan", "Kann ich meinen Sparplan ein paar Monate aussetzen?"],
  ["Gebühren", "Hallo, warum ist die Kontoführungsgebühr plötzlich gestiegen?\nGruß, Erika"],
  ["Kartensperre aufheben", "Wie hebe ich eine Kartensperre wieder auf?"],
  [
    "Card blocked",
    "Hi,\nmy card is blocked after entering the wrong PIN. How can I unblock it?\nThanks,\nJohn",
  ],
  ["App crash", "The banking app crashes every time I open it since the update."],
  ["Fees abroad", "What are the fees for card payments in the US?"],
  ["Erbschaft", "Mein Vater ist verstorben. Welche Unterlagen brauchen Sie für den Erbschein?"],
] as const;

interface Answered {
  question: string;
  topics: { title: string; solved: boolean }[];
}

export async function runCommunitySuggestions(options: BenchOptions): Promise<FigureResult> {
  const rows: Row[] = [];
  const details: Record<string, unknown> = {};
  const notes = [
    "PostgreSQL only (the target is PostgreSQL's); bulk-loaded with insert … select from generate_series, search indexes built after the load",
    `API: community.suggestions as the console sends it (tRPC batch GET, bearer session), ${QUESTIONS.length} questions round robin, ${ROUNDS} rounds after ${WARMUP_ROUNDS} warm-up, client in the same process; raw: the API's own statements captured from it, run one after the other through pg with the same parameters`,
  ];
  const sizes: Record<string, unknown> = { ...SIZES };
  if (!options.databases.includes("postgres"))
    return {
      figure: "community-suggestions",
      rows,
      sizes,
      notes: [...notes, "skipped: run with --db postgres"],
      details,
    };
  const bench = await openBenchDatabase("postgres", options.url);
  try {
    console.log(`\n7 community suggestions on ${bench.label}`);
    const load = await loadForumData(bench.database.db, SIZES, (line) => log("postgres", line));
    sizes.loadSeconds = load.seconds;
    const conversationIds = await insertQuestions(bench);
    const measured = await measure(bench, conversationIds);
    rows.push({
      label: "7 community suggestions p50 (ms)",
      kind: "latency",
      values: { postgres: { api: measured.api.p50, raw: measured.raw.p50 } },
    });
    rows.push({
      label: "7 community suggestions p95 (ms)",
      kind: "latency",
      values: { postgres: { api: measured.api.p95, raw: measured.raw.p95 } },
      target: `p95 ≤ ${TARGET_P95_MS} ms`,
      met: { postgres: measured.api.p95 <= TARGET_P95_MS },
    });
    Object.assign(details, measured);
  } finally {
    await bench.close();
  }
  return { figure: "community-suggestions", rows, sizes, notes, details };
}

/** Each question as an e-mail conversation whose customer asks it. */
async function insertQuestions(bench: BenchDatabase): Promise<string[]> {
  const db = bench.database.db;
  const connector = await db
    .selectFrom("connectors")
    .select("id")
    .where("kind", "=", "email")
    .executeTakeFirstOrThrow();
  const ids: string[] = [];
  for (const [i, [subject, text]] of QUESTIONS.entries()) {
    const conversation = await db
      .insertInto("conversations")
      .values({
        connector_id: connector.id,
        channel: "email",
        external_thread_key: `bench-question-${i}`,
        subject,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await db
      .insertInto("timeline_events")
      .values({
        conversation_id: conversation.id,
        connector_id: connector.id,
        channel: "email",
        kind: "message",
        direction: "inbound",
        occurred_at: new Date(),
        subject,
        body_text: text,
      })
      .execute();
    ids.push(conversation.id);
  }
  await sql`analyze conversations`.execute(db);
  return ids;
}

async function measure(bench: BenchDatabase, conversationIds: string[]) {
  const { database } = bench;
  const session = await createSession(database);
  const capture = captureQueries(database.db, () => true);
  const running = await startApp({ ...database, db: capture.db });
  const pool = bench.rawPool(1);
  if (!pool) throw new Error("the raw baseline needs PostgreSQL");
  try {
    const calls = conversationIds.map((conversationId) => {
      const url = `${running.url}/trpc/community.suggestions?batch=1&input=${encodeURIComponent(JSON.stringify({ 0: { conversationId } }))}`;
      return async () => {
        const response = await fetch(url, { headers: { authorization: `Bearer ${session.token}` } });
        const body = await response.text();
        if (!response.ok) throw new Error(`community.suggestions answered ${response.status}: ${body}`);
        return body;
      };
    });
    const answered: Answered[] = [];
    const statements: CompiledQuery[][] = [];
    for (const [i, call] of calls.entries()) {
      capture.captured.length = 0;
      capture.arm(true);
      const body = JSON.parse(await call()) as [
        { result: { data: { topics: { title: string; solved: boolean }[] } } },
      ];
      capture.arm(false);
      // The session lookup is the API's for every procedure; the suggestions' own statements follow it.
      statements.push(capture.captured.filter((q) => !q.sql.includes('"sessions"')));
      answered.push({ question: QUESTIONS[i]?.[0] ?? "", topics: body[0].result.data.topics });
    }
    for (const a of answered)
      log(
        "postgres",
        `${JSON.stringify(a.question)} → ${a.topics.map((t) => `${t.solved ? "✓" : "·"} ${t.title}`).join(" | ") || "(nothing)"}`,
      );
    const raws = statements.map((chain) => async () => {
      for (const q of chain) await pool.query(q.sql, [...q.parameters]);
    });
    const api = await timedRoundRobin(calls);
    const raw = await timedRoundRobin(raws);
    log(
      "postgres",
      `API p50 ${api.p50.toFixed(1)} p95 ${api.p95.toFixed(1)} ms, raw p50 ${raw.p50.toFixed(1)} p95 ${raw.p95.toFixed(1)} ms`,
    );
    const main = statements[0]?.find((q) => q.sql.includes("search_folded"));
    const plan = main ? await explain(bench, main) : [];
    log(
      "postgres",
      `plan of ${JSON.stringify(QUESTIONS[0][0])}: ${plan
        .filter((l) => /Scan|Execution Time|rows=/.test(l) && !/Subquery/.test(l))
        .slice(0, 8)
        .map((l) => l.trim())
        .join(" | ")}`,
    );
    return { api, raw, answered, plan };
  } finally {
    await running.app.close();
  }
}

async function timedRoundRobin(calls: (() => Promise<unknown>)[]): Promise<{ p50: number; p95: number }> {
  for (let round = 0; round < WARMUP_ROUNDS; round++) for (const call of calls) await call();
  const samples: number[] = [];
  for (let round = 0; round < ROUNDS; round++)
    for (const call of calls) {
      const started = performance.now();
      await call();
      samples.push(performance.now() - started);
    }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

async function explain(bench: BenchDatabase, query: CompiledQuery): Promise<string[]> {
  const result = await bench.database.db.executeQuery<{ "QUERY PLAN": string }>(
    CompiledQuery.raw(`explain (analyze, buffers) ${query.sql}`, [...query.parameters]),
  );
  return result.rows.map((row) => row["QUERY PLAN"]);
}

if (isMain(import.meta.url)) await runAlone(runCommunitySuggestions);
