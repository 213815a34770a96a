import { sql, type Kysely } from "kysely";
import type { Database } from "../db/schema.ts";
import type { Logger } from "../services.ts";
import { auditRow, type AuditEntry } from "./write-audit.ts";

const FLUSH_EVERY_MS = 200;
const FLUSH_AT = 200;
/** Entries kept while the database refuses them; beyond this the oldest are dropped, and logged. */
const MAX_PENDING = 50_000;

/**
 * Reads of customers are audited in batches, written within 200 ms: a durable commit per page view
 * would double the latency agents feel on every click. Changes are audited inside their own
 * transaction instead (`writeAudit`). A crash can lose at most the last 200 ms of read entries.
 */
export class ReadAuditLog {
  readonly #db: Kysely<Database>;
  readonly #log: Logger;
  #pending: AuditEntry[] = [];
  #timer: NodeJS.Timeout | undefined;
  #flushing: Promise<void> = Promise.resolve();

  constructor(db: Kysely<Database>, log: Logger) {
    this.#db = db;
    this.#log = log;
  }

  record(entry: AuditEntry): void {
    this.#pending.push(entry);
    if (this.#pending.length >= FLUSH_AT) void this.flush();
    else this.#timer ??= setTimeout(() => void this.flush(), FLUSH_EVERY_MS);
  }

  /** Writes everything recorded so far; resolves when it is committed. */
  flush(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#flushing = this.#flushing.then(() => this.#write());
    return this.#flushing;
  }

  async #write(): Promise<void> {
    const batch = this.#pending;
    if (batch.length === 0) return;
    this.#pending = [];
    try {
      await insertAuditRows(this.#db, batch);
    } catch (error) {
      this.#pending = [...batch, ...this.#pending];
      const dropped = this.#pending.length - MAX_PENDING;
      if (dropped > 0) this.#pending = this.#pending.slice(dropped);
      this.#log.error("audit: read entries not written yet; retrying", {
        pending: this.#pending.length,
        dropped: Math.max(0, dropped),
        error: String(error),
      });
      this.#timer ??= setTimeout(() => void this.flush(), 5_000);
    }
  }
}

/**
 * One statement whatever the batch size: a column array per field, unnested into rows. A
 * multi-row VALUES list built by the query builder costs a node per value to build and compile,
 * on the event loop that answers the agents' page views.
 */
async function insertAuditRows(db: Kysely<Database>, entries: AuditEntry[]): Promise<void> {
  const rows = entries.map(auditRow);
  const column = <K extends keyof (typeof rows)[number]>(key: K) => rows.map((row) => row[key] ?? null);
  await sql`
    insert into audit_log (at, actor_user_id, action, subject_type, subject_id, customer_id, details, ip)
    select * from unnest(
      ${column("at")}::timestamptz[], ${column("actor_user_id")}::uuid[], ${column("action")}::text[],
      ${column("subject_type")}::text[], ${column("subject_id")}::text[], ${column("customer_id")}::uuid[],
      ${column("details")}::jsonb[], ${column("ip")}::text[]
    )
  `.execute(db);
}
