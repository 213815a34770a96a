import { parseArgs } from "node:util";

export type DbKind = "postgres" | "pglite";

/** Every size the benches take, with the defaults the README documents. */
export interface BenchOptions {
  databases: DbKind[];
  url: string;
  ingestDeliveries: number;
  pgliteIngestDeliveries: number;
  senders: number;
  identities: number;
  redeliveryRate: number;
  events: number;
  pgliteEvents: number;
  customers: number;
  bigCustomerEvents: number;
  requests: number;
  clients: number;
  warmup: number;
  deepOffset: number;
  pageLimit: number;
  realtimeEvents: number;
  gapMs: number;
  calls: number;
}

const defaults = {
  db: "both",
  url: process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test",
  "ingest-deliveries": "10000",
  "pglite-ingest-deliveries": "3000",
  senders: "8",
  identities: "2000",
  redeliveries: "0.05",
  events: "1000000",
  "pglite-events": "200000",
  customers: "50000",
  "big-customer-events": "10000",
  requests: "2000",
  clients: "4",
  warmup: "2000",
  "deep-offset": "9000",
  limit: "50",
  "realtime-events": "500",
  "gap-ms": "10",
  calls: "200",
} as const;

type Flag = keyof typeof defaults;

export function parseBenchArgs(argv: string[] = process.argv.slice(2)): BenchOptions {
  const options = Object.fromEntries(
    Object.keys(defaults).map((name) => [name, { type: "string" as const }]),
  );
  const { values } = parseArgs({ args: argv, options, strict: true, allowPositionals: false });
  const get = (flag: Flag): string => {
    const value = values[flag];
    return typeof value === "string" ? value : defaults[flag];
  };
  const num = (flag: Flag): number => {
    const value = Number(get(flag));
    if (!Number.isFinite(value) || value < 0)
      throw new Error(`--${flag} must be a non-negative number, got "${get(flag)}"`);
    return value;
  };
  const db = get("db");
  if (db !== "postgres" && db !== "pglite" && db !== "both")
    throw new Error(`--db must be postgres, pglite or both, got "${db}"`);
  return {
    databases: db === "both" ? ["postgres", "pglite"] : [db],
    url: get("url"),
    ingestDeliveries: num("ingest-deliveries"),
    pgliteIngestDeliveries: num("pglite-ingest-deliveries"),
    senders: num("senders"),
    identities: num("identities"),
    redeliveryRate: num("redeliveries"),
    events: num("events"),
    pgliteEvents: num("pglite-events"),
    customers: num("customers"),
    bigCustomerEvents: num("big-customer-events"),
    requests: num("requests"),
    clients: num("clients"),
    warmup: num("warmup"),
    deepOffset: num("deep-offset"),
    pageLimit: num("limit"),
    realtimeEvents: num("realtime-events"),
    gapMs: num("gap-ms"),
    calls: num("calls"),
  };
}
