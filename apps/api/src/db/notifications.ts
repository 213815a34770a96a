import { sql, type Kysely, type Transaction } from "kysely";
import type { Database } from "./schema.ts";

/**
 * Realtime between API instances rides on PostgreSQL LISTEN/NOTIFY (DESIGN.md invariant 8).
 *
 * On the wire a channel is named `<current_schema>.<channel>`: NOTIFY is database-wide, and a schema
 * is how parallel test runs (or co-hosted deployments) share one database without hearing each
 * other. So always send with `notify()` below, never with a bare `NOTIFY` in SQL.
 */
export interface NotificationBus {
  /** Resolves once the LISTEN is in effect; the returned function removes this handler. */
  listen(channel: string, handler: (payload: string) => void): Promise<() => Promise<void>>;
  /**
   * Called after a lost listener connection is back. Notifications sent in the gap are gone, so
   * re-read what you follow (e.g. `realtime_events` after the last id seen). Never fires on PGlite.
   */
  onReconnect(handler: () => void): () => void;
}

export interface ClosableNotificationBus extends NotificationBus {
  close(): Promise<void>;
}

/** Where failures with no caller to throw to go: idle pool errors, lost listeners, throwing handlers. */
export type ErrorReporter = (error: unknown, context: string) => void;

export const reportToConsole: ErrorReporter = (error, context) => {
  console.warn(`[db] ${context}: ${error instanceof Error ? error.message : String(error)}`);
};

// Lower-case so that PGlite's unquoted LISTEN and PostgreSQL's quoted one mean the same name.
const channelPattern = /^[a-z][a-z0-9_]{0,39}$/;
// PostgreSQL rejects payloads of 8000 bytes or more; send a row id and let listeners read the row.
const maxPayloadBytes = 7999;
// Identifiers are cut at NAMEDATALEN - 1 bytes; a cut LISTEN name would silently never match.
const maxWireNameBytes = 63;

export function assertChannel(channel: string): void {
  if (!channelPattern.test(channel)) {
    throw new Error(
      `invalid notification channel "${channel}": use 1-40 of a-z, 0-9, _ starting with a letter`,
    );
  }
}

/** The quoted identifier to LISTEN on for `channel` in `schema`. */
export function wireChannel(schema: string, channel: string): string {
  assertChannel(channel);
  const name = `${schema}.${channel}`;
  if (Buffer.byteLength(name) > maxWireNameBytes) {
    throw new Error(`notification channel "${name}" is longer than ${maxWireNameBytes} bytes`);
  }
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * Queues a notification on `db`'s connection. Inside a transaction it is delivered on commit and
 * dropped on rollback, so listeners never hear of rows that do not exist.
 */
export async function notify(
  db: Kysely<Database> | Transaction<Database>,
  channel: string,
  payload: string,
): Promise<void> {
  assertChannel(channel);
  const bytes = Buffer.byteLength(payload);
  if (bytes > maxPayloadBytes) {
    throw new Error(
      `notification payload is ${bytes} bytes, over PostgreSQL's ${maxPayloadBytes}: send an id instead`,
    );
  }
  await sql`select pg_notify(current_schema()::text || '.' || ${channel}::text, ${payload}::text)`.execute(
    db,
  );
}

/** Runs a handler so that its failure reaches `report` instead of the connection's event loop. */
export function deliver(handler: (payload: string) => void, payload: string, report: ErrorReporter): void {
  try {
    handler(payload);
  } catch (error) {
    report(error, "notification handler failed");
  }
}
