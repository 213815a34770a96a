import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";
import type { Logger } from "../services.ts";
import { processInboundEvent, type ProcessOutcome } from "./process-inbound-event.ts";
import { storeInboundEvent, type RawInboundEvent } from "./store-inbound-event.ts";

export interface IngestResult {
  eventId: string;
  duplicate: boolean;
  outcome: ProcessOutcome;
}

/**
 * The one ingest path for every connector and the demo seeder: the raw event is committed first,
 * then processed. If processing fails or the process dies in between, the event stays pending and
 * the inbound worker picks it up again.
 */
export async function ingest(db: Kysely<Database>, log: Logger, raw: RawInboundEvent): Promise<IngestResult> {
  const stored = await storeInboundEvent(db, raw);
  const outcome = await processInboundEvent(db, log, stored.id);
  return { eventId: stored.id, duplicate: stored.duplicate, outcome };
}
