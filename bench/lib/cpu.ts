import { readdir, readFile } from "node:fs/promises";

/** Kernel clock ticks per second for /proc stat times; 100 on every Linux this runs on. */
const TICKS_PER_SECOND = 100;

/**
 * CPU time (ms) of every local `postgres` process, read from /proc: with the API, the load
 * generator and PostgreSQL on one 2-core machine, the split shows which one is the bottleneck.
 * Undefined when PostgreSQL is not local or /proc is not readable. Backends that exit in the window
 * take their time with them, so keep connections open across a measurement.
 */
export async function postgresCpuMs(): Promise<number | undefined> {
  let total = 0;
  let found = false;
  let entries: string[];
  try {
    entries = await readdir("/proc");
  } catch {
    return undefined;
  }
  for (const pid of entries) {
    if (!/^\d+$/.test(pid)) continue;
    const stat = await readFile(`/proc/${pid}/stat`, "utf8").catch(() => "");
    const close = stat.lastIndexOf(")");
    if (close < 0 || !stat.slice(0, close).endsWith("(postgres")) continue;
    const fields = stat.slice(close + 2).split(" ");
    total += Number(fields[11] ?? 0) + Number(fields[12] ?? 0);
    found = true;
  }
  return found ? (total * 1000) / TICKS_PER_SECOND : undefined;
}

/** Share of one core used by each party over the window, e.g. 0.93 = 93 % of a core. */
export interface CpuUse {
  wallMs: number;
  apiCores: number;
  postgresCores: number | undefined;
}

export interface CpuWindow {
  stop(): Promise<CpuUse>;
}

/** Starts measuring this process (the API, and PGlite when in-process) and PostgreSQL. */
export async function cpuWindow(): Promise<CpuWindow> {
  const started = performance.now();
  const self = process.cpuUsage();
  const pgStart = await postgresCpuMs();
  return {
    async stop() {
      const wallMs = performance.now() - started;
      const used = process.cpuUsage(self);
      const pgEnd = await postgresCpuMs();
      return {
        wallMs,
        apiCores: (used.user + used.system) / 1000 / wallMs,
        postgresCores: pgStart === undefined || pgEnd === undefined ? undefined : (pgEnd - pgStart) / wallMs,
      };
    },
  };
}
