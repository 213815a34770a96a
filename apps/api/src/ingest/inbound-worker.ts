import { sql, type Kysely } from "kysely";
import type { Database } from "../db/schema.ts";
import type { Logger } from "../services.ts";
import { processInboundEvent } from "./process-inbound-event.ts";

/**
 * An event is left to its inline ingest for a grace period; after that, retries wait longer with
 * each attempt (10 s, 15 s, 30 s, 55 s …) so a poison event does not spin the worker.
 */
const GRACE_SECONDS = 10;
const RETRY_BASE_SECONDS = 5;

/** Processes pending raw events (crashed or failed attempts); returns how many it handled. */
export async function drainPendingInbound(db: Kysely<Database>, log: Logger, limit = 100): Promise<number> {
  const due = await db
    .selectFrom("inbound_events")
    .select("id")
    .where("status", "=", "pending")
    .where(
      sql<boolean>`received_at + make_interval(secs => ${GRACE_SECONDS} + ${RETRY_BASE_SECONDS} * attempts * attempts) < now()`,
    )
    .orderBy("received_at")
    .limit(limit)
    .execute();
  let handled = 0;
  for (const { id } of due) {
    const outcome = await processInboundEvent(db, log, id);
    if (outcome === "processed" || outcome === "failed") handled++;
  }
  return handled;
}
