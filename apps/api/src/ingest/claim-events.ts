import { sql, type Transaction } from "kysely";
import type { Database } from "../db/schema.ts";

export interface ClaimedEvent {
  id: string;
  contentType: string;
  /** The raw bytes as received (decoded from base64 when stored that way). */
  body: Buffer;
  headers: Record<string, string>;
  receivedAt: Date;
  attempts: number;
  connectorId: string;
  kind: string;
  config: unknown;
  defaultCountry: string;
}

/** The backoff's unit: a failed event waits 5 s, 20 s, 45 s … after its 1st, 2nd, 3rd … attempt. */
export const DEFAULT_RETRY_UNIT_MS = 5_000;

/**
 * Locks pending raw events for this transaction (SKIP LOCKED: other workers and API instances take
 * the rest). A failed event waits longer after each attempt (retryUnitMs · attempts²) so it cannot spin.
 */
export async function claimEvents(
  trx: Transaction<Database>,
  options: { limit: number; ids?: string[]; retryUnitMs?: number },
): Promise<ClaimedEvent[]> {
  const unitSeconds = (options.retryUnitMs ?? DEFAULT_RETRY_UNIT_MS) / 1000;
  let query = trx
    .selectFrom("inbound_events as e")
    .innerJoin("connectors as c", "c.id", "e.connector_id")
    .select([
      "e.id",
      "e.content_type",
      "e.body",
      "e.encoding",
      "e.headers",
      "e.received_at",
      "e.attempts",
      "c.id as connectorId",
      "c.kind",
      "c.config",
      "c.default_country",
    ])
    .where("e.status", "=", "pending")
    .orderBy("e.received_at")
    .limit(options.limit)
    .forUpdate("e")
    .skipLocked();
  query = options.ids
    ? query.where("e.id", "in", options.ids)
    : query.where(
        sql<boolean>`(e.attempts = 0 or e.received_at + make_interval(secs => ${unitSeconds}::double precision * e.attempts * e.attempts) < now())`,
      );
  const rows = await query.execute();
  return rows.map((row) => ({
    id: row.id,
    contentType: row.content_type,
    body: Buffer.from(row.body, row.encoding === "base64" ? "base64" : "utf8"),
    headers: row.headers,
    receivedAt: row.received_at,
    attempts: row.attempts,
    connectorId: row.connectorId,
    kind: row.kind,
    config: row.config,
    defaultCountry: row.default_country,
  }));
}
