import { sql, type Kysely } from "kysely";
import type { Database } from "../db/schema.ts";
import type { RawInboundEvent, StoredInboundEvent } from "./store-inbound-event.ts";

/**
 * Commits many raw events in one statement and one commit (one WAL flush for all of them). Events
 * already stored, or repeated within the batch, come back as duplicates of the stored row, exactly
 * as `storeInboundEvent` answers one event.
 */
export async function storeInboundEvents(
  db: Kysely<Database>,
  events: RawInboundEvent[],
): Promise<StoredInboundEvent[]> {
  const rows = events.map((event) => ({
    connector_id: event.connectorId,
    dedupe_key: event.dedupeKey,
    content_type: event.contentType,
    headers: event.headers,
    body: event.body,
    encoding: event.encoding ?? "utf8",
    received_at: event.receivedAt.toISOString(),
  }));
  const inserted = await sql<{ id: string; connector_id: string; dedupe_key: string }>`
    insert into inbound_events (connector_id, dedupe_key, content_type, headers, body, encoding, received_at)
    select connector_id, dedupe_key, content_type, headers, body, encoding, received_at
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(connector_id uuid, dedupe_key text,
      content_type text, headers jsonb, body text, encoding text, received_at timestamptz)
    on conflict (connector_id, dedupe_key) do nothing
    returning id, connector_id, dedupe_key
  `.execute(db);
  const fresh = new Map(inserted.rows.map((row) => [`${row.connector_id}|${row.dedupe_key}`, row.id]));
  const missing = events.filter((event) => !fresh.has(keyOf(event)));
  const existing = new Map<string, string>();
  if (missing.length > 0) {
    const { rows: found } = await sql<{ id: string; connector_id: string; dedupe_key: string }>`
      select id, connector_id, dedupe_key from inbound_events
      where (connector_id, dedupe_key) in (
        select * from unnest(${missing.map((e) => e.connectorId)}::uuid[], ${missing.map((e) => e.dedupeKey)}::text[]))
    `.execute(db);
    for (const row of found) existing.set(`${row.connector_id}|${row.dedupe_key}`, row.id);
  }
  const answered = new Set<string>();
  return events.map((event) => {
    const key = keyOf(event);
    const id = fresh.get(key);
    // The first of several deliveries of one event in this batch is the one that stored it.
    if (id !== undefined && !answered.has(key)) {
      answered.add(key);
      return { id, duplicate: false };
    }
    const stored = id ?? existing.get(key);
    if (stored === undefined) throw new Error(`raw event ${event.dedupeKey} was neither stored nor found`);
    return { id: stored, duplicate: true };
  });
}

function keyOf(event: RawInboundEvent): string {
  return `${event.connectorId}|${event.dedupeKey}`;
}
