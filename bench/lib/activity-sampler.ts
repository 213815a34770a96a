import type pg from "pg";
import { APP_CONNECTION_NAME } from "./setup-app.ts";

/**
 * A poor man's profiler without pg_stat_statements: samples pg_stat_activity of the API's own pool
 * every few ms and counts what each connection is doing (which statement, waiting on what). An
 * "idle in transaction" sample is a connection holding a transaction while Node works or queues.
 */
export interface ActivityProfile {
  samples: number;
  /** Average connections of the API's pool busy (active or in a transaction) per sample. */
  busyConnections: number;
  top: { share: number; what: string }[];
}

export function startActivitySampler(pool: pg.Pool, everyMs = 20): { stop(): Promise<ActivityProfile> } {
  const counts = new Map<string, number>();
  let samples = 0;
  let busy = 0;
  const state = { running: true };
  const loop = (async () => {
    while (state.running) {
      const { rows } = await pool.query<{ state: string | null; wait: string | null; query: string | null }>(
        `select state, wait_event_type || ':' || wait_event as wait, query
           from pg_stat_activity where application_name = $1 and backend_type = 'client backend' and state <> 'idle'`,
        [APP_CONNECTION_NAME],
      );
      samples++;
      for (const row of rows) {
        if (row.query?.startsWith("listen ")) continue;
        busy++;
        const statement = statementName(row.query ?? "");
        const what =
          row.state === "active"
            ? `${statement} [${row.wait ?? "on CPU"}]`
            : `${row.state ?? "?"} after ${statement}`;
        counts.set(what, (counts.get(what) ?? 0) + 1);
      }
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  })();
  return {
    async stop() {
      state.running = false;
      await loop;
      const top = [...counts.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 8)
        .map(([what, n]) => ({ share: busy ? n / busy : 0, what }));
      return { samples, busyConnections: samples ? busy / samples : 0, top };
    },
  };
}

/** "insert inbound_events", "select identities", "advisory lock", … from a statement's text. */
export function statementName(query: string): string {
  const q = query.replace(/\s+/g, " ").trim().toLowerCase();
  if (q.startsWith("select pg_advisory_xact_lock")) return "advisory lock";
  if (q.includes("insert into realtime_events")) return "publish (insert realtime_events + pg_notify)";
  const table = (pattern: RegExp) => pattern.exec(q)?.[1] ?? "?";
  if (q.startsWith("insert into")) return `insert ${table(/^insert into "?(\w+)/)}`;
  if (q.startsWith("update")) return `update ${table(/^update "?(\w+)/)}`;
  if (q.startsWith("delete")) return `delete ${table(/^delete from "?(\w+)/)}`;
  if (q.startsWith("with recursive")) return "with recursive (resolve customer)";
  if (q.startsWith("select"))
    return `select ${table(/ from "?(\w+)/)}${q.includes("for update") ? " for update" : ""}`;
  return q.slice(0, 40);
}

export function formatProfile(profile: ActivityProfile): string[] {
  return [
    `pg_stat_activity of the API pool: ${profile.samples} samples, ${profile.busyConnections.toFixed(2)} connections busy on average`,
    ...profile.top.map((entry) => `  ${(entry.share * 100).toFixed(1).padStart(5)} %  ${entry.what}`),
  ];
}
