import { parseArgs } from "node:util";
import {
  DEFAULT_SERVICE_SETTINGS,
  QUEUES,
  type ConversationListInput,
  type ConversationStatus,
} from "@emma/core";
import { CompiledQuery, sql, type Kysely } from "kysely";
import type pg from "pg";
import { listConversations, type Caller, type Database } from "./lib/api.ts";
import { captureQueries } from "./lib/capture-query.ts";
import { percentile } from "./lib/percentiles.ts";
import { openBenchDatabase } from "./lib/setup-app.ts";

/**
 * Queue pages (issue 11): first and deep page of every queue × status group × order at 100,000
 * conversations on PostgreSQL, through the API's own `listConversations` (kysely, presenter) with 1
 * and 4 concurrent callers, each beside the raw SQL it sent, run directly through `pg` at the same
 * concurrency. EXPLAIN of every statement says whether any Sort node ran over more than a page.
 *
 *   npx tsx bench/queue-pages.ts [--url postgres://postgres@127.0.0.1:5432/test] [--conversations 100000]
 *     [--requests 200] [--deep-page 50]
 */
const { values: args } = parseArgs({
  options: {
    url: {
      type: "string",
      default: process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test",
    },
    conversations: { type: "string", default: "100000" },
    requests: { type: "string", default: "200" },
    "deep-page": { type: "string", default: "50" },
  },
});
const TOTAL = Number(args.conversations);
const REQUESTS = Number(args.requests);
const DEEP_PAGE = Number(args["deep-page"]);
const LIMIT = 50;
const STATUS_GROUPS: Record<string, ConversationStatus[]> = {
  "open+pending": ["open", "pending"],
  snoozed: ["snoozed"],
  resolved: ["resolved"],
};

const bench = await openBenchDatabase("postgres", args.url);
try {
  const { db } = bench.database;
  const caller = await load(db);
  const capture = captureQueries(
    db,
    (text) => text.includes("union all") || /from conversations where/.test(text),
  );
  console.log(
    `\nqueue pages on ${bench.label}: ${TOTAL.toLocaleString("en")} conversations, limit ${LIMIT}, ${REQUESTS} requests per cell after ${REQUESTS / 4} warm-up; API = listConversations in-process (kysely + presenter), raw = its captured SQL through pg`,
  );
  console.log(
    "queue        statuses      order    page  clients | API p50   p95 | raw p50   p95 | plan (Sort nodes; index ranges)",
  );
  let worst = 0;
  // Closed with the bench schema.
  const pools: Record<number, pg.Pool | undefined> = { 1: bench.rawPool(1), 4: bench.rawPool(4) };
  for (const queue of QUEUES)
    for (const [group, statuses] of Object.entries(STATUS_GROUPS))
      for (const order of ["waiting", "newest"] as const) {
        const input: ConversationListInput = { queue, statuses, order, limit: LIMIT };
        const deep = await cursorOfPage(capture.db, caller, input, DEEP_PAGE);
        for (const [page, cursor] of [
          ["1", undefined],
          [String(deep.page), deep.cursor],
        ] as const) {
          const call = { ...input, ...(cursor ? { cursor } : {}) };
          capture.captured.length = 0;
          capture.arm(true);
          await listConversations(capture.db, caller, call, DEFAULT_SERVICE_SETTINGS);
          capture.arm(false);
          const statement = capture.captured.at(-1);
          if (!statement) throw new Error(`no statement captured for ${queue} ${group} ${order}`);
          const plan = await explain(db, statement);
          for (const clients of [1, 4]) {
            const api = await measure(clients, () =>
              listConversations(db, caller, call, DEFAULT_SERVICE_SETTINGS),
            );
            const pool = pools[clients];
            if (!pool) throw new Error("PostgreSQL only");
            const raw = await measure(clients, () => pool.query(statement.sql, [...statement.parameters]));
            worst = Math.max(worst, api.p50);
            console.log(
              `${pad(queue, 12)} ${pad(group, 13)} ${pad(order, 8)} ${pad(page, 5)} ${pad(String(clients), 7)} | ${num(api.p50)} ${num(api.p95)} | ${num(raw.p50)} ${num(raw.p95)} | ${plan}`,
            );
          }
        }
      }
  console.log(`\nworst API p50: ${worst.toFixed(2)} ms (target ≤ 5 ms)`);
} finally {
  await bench.close();
}

async function measure(clients: number, run: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  const latencies: number[] = [];
  const go = async (total: number, record: boolean) => {
    let issued = 0;
    await Promise.all(
      Array.from({ length: clients }, async () => {
        while (issued++ < total) {
          const started = performance.now();
          await run();
          if (record) latencies.push(performance.now() - started);
        }
      }),
    );
  };
  await go(REQUESTS / 4, false);
  await go(REQUESTS, true);
  latencies.sort((a, b) => a - b);
  return { p50: percentile(latencies, 50), p95: percentile(latencies, 95) };
}

/** Follows cursors to page `page` (or the last page the queue has), as an agent scrolling would. */
async function cursorOfPage(
  db: Kysely<Database>,
  caller: Caller,
  input: ConversationListInput,
  page: number,
): Promise<{ page: number; cursor: string | undefined }> {
  let cursor: string | undefined;
  let reached = 1;
  while (reached < page) {
    const result = await listConversations(
      db,
      caller,
      { ...input, ...(cursor ? { cursor } : {}) },
      DEFAULT_SERVICE_SETTINGS,
    );
    if (!result.nextCursor) break;
    cursor = result.nextCursor;
    reached++;
  }
  return { page: reached, cursor };
}

/** The plan's Sort nodes (with the rows they sorted) and how many index scans fed it. */
async function explain(db: Kysely<Database>, statement: CompiledQuery): Promise<string> {
  const result = await db.executeQuery<{ "QUERY PLAN": string }>(
    CompiledQuery.raw(`explain (analyze, buffers, costs off) ${statement.sql}`, [...statement.parameters]),
  );
  const lines = result.rows.map((row) => row["QUERY PLAN"]);
  const sorts = lines
    .map((line) =>
      /^\s*(->\s+)?Sort \(actual/.test(line) ? `${/rows=(\d+)/.exec(line)?.[1] ?? "?"} rows` : null,
    )
    .filter((entry) => entry !== null);
  const merge = lines.some((line) => line.includes("Merge Append")) ? "Merge Append of " : "";
  const scans = lines.filter((line) =>
    /(Index (Only )?Scan( Backward)?|Bitmap Index Scan) (using|on) conversations_\w+_(wait|newest)_idx/.test(
      line,
    ),
  ).length;
  const seq = lines.some((line) => /Seq Scan on conversations/.test(line)) ? "; SEQ SCAN" : "";
  // The top node's buffers: pages touched, the work done whatever else runs on the machine.
  const buffers = /shared hit=(\d+)(?: read=(\d+))?/.exec(
    lines.find((line) => line.includes("Buffers:")) ?? "",
  );
  const pages = buffers ? Number(buffers[1]) + Number(buffers[2] ?? 0) : "?";
  const executed =
    lines.find((line) => line.startsWith("Execution Time"))?.replace("Execution Time: ", "") ?? "?";
  return `sorts: ${sorts.length === 0 ? "none" : sorts.join(", ")}; ${merge}${scans} index range(s)${seq}; ${pages} pages; server ${executed}`;
}

/**
 * 100,000 conversations in one statement: half unassigned and open or pending (the 50,000),
 * a fifth assigned and active (20 agents, the bench agent has 1 in 20), a tenth snoozed, a fifth
 * resolved (a quarter of both unassigned); six teams, the bench agent in two. Open ones wait since up to ten days ago.
 */
async function load(db: Kysely<Database>): Promise<Caller> {
  const started = performance.now();
  const agents = await db
    .insertInto("users")
    .values(
      Array.from({ length: 20 }, (_, i) => ({
        email: `agent${i}@bench.example`,
        display_name: `Agent ${i}`,
        role: "agent" as const,
        password_hash: "not-a-hash",
      })),
    )
    .returning(["id", "display_name", "email"])
    .execute();
  const teams = await db
    .insertInto("teams")
    .values(Array.from({ length: 6 }, (_, i) => ({ name: `Team ${i}` })))
    .returning("id")
    .execute();
  const me = agents[0];
  const [teamA, teamB] = teams;
  if (!me || !teamA || !teamB) throw new Error("bench staff missing");
  await db
    .insertInto("team_members")
    .values([
      { team_id: teamA.id, user_id: me.id },
      { team_id: teamB.id, user_id: me.id },
    ])
    .execute();
  await sql`
    insert into customers (display_name) select 'Kunde ' || i from generate_series(1, 2000) as i
  `.execute(db);
  await sql`
    with staff as (select array_agg(id order by email) as agents from users),
      t as (select array_agg(id order by name) as teams from teams),
      c as (select array_agg(id) as customers from customers)
    insert into conversations (customer_id, origin_customer_id, channel, external_thread_key, subject, status,
      assignee_id, team_id, tags, created_at, last_message_at, last_inbound_at, waiting_since)
    select c.customers[1 + i % 2000], c.customers[1 + i % 2000],
      (array['email','phone','facebook','twitter','forum'])[1 + i % 5], 'bench-' || i, 'Anliegen ' || i,
      case when i % 100 < 70 then (case when i % 3 = 0 then 'pending' else 'open' end)
           when i % 100 < 80 then 'snoozed' else 'resolved' end,
      case when i % 100 < 50 then null
           when i % 100 < 70 then staff.agents[1 + i % 20]
           when i % 100 < 75 then null
           when i % 100 < 85 then staff.agents[1 + i % 20]
           when i % 100 < 90 then null
           else staff.agents[1 + i % 20] end,
      t.teams[1 + i % 6],
      case when i % 7 = 0 then array['rückruf'] else '{}' end,
      now() - interval '400 days',
      now() - (i % 86400) * interval '10 seconds',
      now() - (i % 86400) * interval '10 seconds',
      case when i % 100 < 80 and i % 3 <> 0 then now() - (i % 86400) * interval '10 seconds' - interval '1 hour' end
    from generate_series(1, ${TOTAL}) as i, staff, t, c
  `.execute(db);
  await sql`analyze`.execute(db);
  const counts = await sql<{ unassigned_active: number; mine_active: number }>`
    select count(*) filter (where assignee_id is null and status in ('open', 'pending'))::int as unassigned_active,
      count(*) filter (where assignee_id = ${me.id} and status in ('open', 'pending'))::int as mine_active
    from conversations
  `.execute(db);
  console.log(
    `loaded ${TOTAL.toLocaleString("en")} conversations in ${((performance.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(counts.rows[0])}`,
  );
  return {
    userId: me.id,
    sessionId: "bench",
    sessionEndsAt: new Date(Date.now() + 86_400_000),
    // A supervisor, so the "all" queue is measured too; the other queues read the same for agents.
    role: "supervisor",
    displayName: me.display_name,
    email: me.email,
    locale: "de",
    mustChangePassword: false,
  };
}

function pad(text: string, width: number): string {
  return text.padEnd(width);
}

function num(value: number): string {
  return value.toFixed(2).padStart(7);
}
