import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";
import { encodeBody, storeInboundEvent } from "../ingest/store-inbound-event.ts";
import type { LoadedConnector } from "./load-connector.ts";

/** Deliveries fetched per round trip to the provider; the cursor is saved after each batch. */
const POLL_BATCH = 50;

export interface PollResult {
  stored: number;
  duplicates: number;
}

/**
 * Fetches what arrived since the saved cursor, stores every item raw (committed before the cursor
 * moves past it, DESIGN invariant 1), then saves the cursor; repeats while the provider has more.
 * A crash between the two re-fetches the batch, which the dedupe keys make harmless.
 */
export async function pollConnector(
  db: Kysely<Database>,
  loaded: LoadedConnector,
  signal: AbortSignal,
  now: () => Date,
): Promise<PollResult> {
  const { connector } = loaded;
  if (!connector.poll) return { stored: 0, duplicates: 0 };
  const result: PollResult = { stored: 0, duplicates: 0 };
  for (;;) {
    const row = await db
      .selectFrom("connectors")
      .select("poll_cursor")
      .where("id", "=", loaded.id)
      .executeTakeFirstOrThrow();
    const batch = await connector.poll({
      ...loaded.context,
      cursor: row.poll_cursor,
      limit: POLL_BATCH,
      signal,
    });
    for (const delivery of batch.deliveries) {
      const stored = await storeInboundEvent(db, {
        connectorId: loaded.id,
        dedupeKey: delivery.dedupeKey,
        contentType: delivery.contentType,
        headers: delivery.headers ?? {},
        ...encodeBody(delivery.body),
        receivedAt: now(),
      });
      if (stored.duplicate) result.duplicates += 1;
      else result.stored += 1;
    }
    await db
      .updateTable("connectors")
      .set({
        poll_cursor: JSON.stringify(batch.cursor ?? null),
        ...(batch.deliveries.length > 0 ? { last_event_at: now() } : {}),
        last_polled_at: now(),
        last_error: null,
        last_error_at: null,
        poll_failures: 0,
        // The provider's rate limit was reached: the next poll waits for its reset, not our interval.
        poll_retry_at: batch.retryAfter ?? null,
        reconnect_reason: null,
        reconnect_since: null,
      })
      .where("id", "=", loaded.id)
      .execute();
    if (!batch.more || batch.retryAfter || signal.aborted) return result;
  }
}
