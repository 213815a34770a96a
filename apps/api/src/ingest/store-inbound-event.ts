import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";

export interface RawInboundEvent {
  connectorId: string;
  /** The provider's event id, or a hash of the body when the provider has none. */
  dedupeKey: string;
  contentType: string;
  headers: Record<string, string>;
  body: string;
  encoding?: "utf8" | "base64";
  receivedAt: Date;
}

export interface StoredInboundEvent {
  id: string;
  /** true when this exact event had been stored before: the sender is told 2xx and nothing changes. */
  duplicate: boolean;
}

/**
 * Commits the raw event before anything else happens to it (DESIGN invariant 1). Concurrent
 * deliveries of one event race on the unique (connector, dedupe key): one inserts, the others read it.
 */
export async function storeInboundEvent(
  db: Kysely<Database>,
  event: RawInboundEvent,
): Promise<StoredInboundEvent> {
  const inserted = await db
    .insertInto("inbound_events")
    .values({
      connector_id: event.connectorId,
      dedupe_key: event.dedupeKey,
      content_type: event.contentType,
      headers: JSON.stringify(event.headers),
      body: event.body,
      encoding: event.encoding ?? "utf8",
      received_at: event.receivedAt,
    })
    .onConflict((oc) => oc.columns(["connector_id", "dedupe_key"]).doNothing())
    .returning("id")
    .executeTakeFirst();
  if (inserted) return { id: inserted.id, duplicate: false };
  const existing = await db
    .selectFrom("inbound_events")
    .select("id")
    .where("connector_id", "=", event.connectorId)
    .where("dedupe_key", "=", event.dedupeKey)
    .executeTakeFirstOrThrow();
  return { id: existing.id, duplicate: true };
}

/**
 * Text stays readable in the table; bytes that are not valid UTF-8, or hold a NUL (which PostgreSQL
 * text cannot), are kept exactly, as base64.
 */
export function encodeBody(raw: Buffer): { body: string; encoding: "utf8" | "base64" } {
  const text = raw.toString("utf8");
  return !text.includes("\u0000") && Buffer.from(text, "utf8").equals(raw)
    ? { body: text, encoding: "utf8" }
    : { body: raw.toString("base64"), encoding: "base64" };
}
