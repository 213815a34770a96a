import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";
import type { Logger } from "../services.ts";
import type { TombstoneKey } from "../features/erasure/tombstone-key.ts";
import { processBatch } from "./process-batch.ts";
import { storeInboundEvent, type RawInboundEvent } from "./store-inbound-event.ts";

export type IngestOutcome = "processed" | "already-processed" | "busy" | "failed";

export interface IngestResult {
  eventId: string;
  duplicate: boolean;
  outcome: IngestOutcome;
}

/**
 * The one ingest path, in one call: the raw event is committed first, then processed at once. The
 * webhook does the first half and leaves the second to the inbound processor; the demo seeder, the
 * CLI and tests use this. An event that fails stays pending for the processor's retries.
 */
export async function ingest(
  db: Kysely<Database>,
  log: Logger,
  raw: RawInboundEvent,
  tombstoneKey: TombstoneKey,
): Promise<IngestResult> {
  const stored = await storeInboundEvent(db, raw);
  const result = await processBatch(db, log, { limit: 1, ids: [stored.id], tombstoneKey });
  return { eventId: stored.id, duplicate: stored.duplicate, outcome: await outcomeOf(db, stored.id, result) };
}

async function outcomeOf(
  db: Kysely<Database>,
  id: string,
  result: { processed: string[]; failed: { id: string }[] },
): Promise<IngestOutcome> {
  if (result.processed.includes(id)) return "processed";
  if (result.failed.some((f) => f.id === id)) return "failed";
  const row = await db
    .selectFrom("inbound_events")
    .select("status")
    .where("id", "=", id)
    .executeTakeFirstOrThrow();
  return row.status === "processed" ? "already-processed" : "busy";
}
