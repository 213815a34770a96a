import type { ConnectorReprocessInput } from "@emma/core";
import { TRPCError } from "@trpc/server";
import type { Kysely } from "kysely";
import { writeAudit } from "../../audit/write-audit.ts";
import type { Database } from "../../db/schema.ts";
import type { Caller } from "../../trpc/context.ts";

/**
 * "Process again": the connector's failed raw events go back to pending with a fresh count of
 * attempts, so the inbound worker takes them at once. Safe to repeat: ingest writes every item once
 * per (connector, external id), so what an event had already written stays single; a second call
 * finds nothing failed and changes nothing.
 */
export async function reprocessFailedEvents(
  db: Kysely<Database>,
  props: { caller: Caller; input: ConnectorReprocessInput; ip: string | null; now: Date },
): Promise<{ requeued: number }> {
  const { input, now } = props;
  return db.transaction().execute(async (trx) => {
    const connector = await trx
      .selectFrom("connectors")
      .select("id")
      .where("id", "=", input.connectorId)
      .executeTakeFirst();
    if (!connector) throw new TRPCError({ code: "NOT_FOUND", message: "No such connector" });
    // The last error stays until the next attempt replaces it or the event is processed.
    const requeued = await trx
      .updateTable("inbound_events")
      .set({ status: "pending", attempts: 0 })
      .where("connector_id", "=", connector.id)
      .where("status", "=", "failed")
      .returning("id")
      .execute();
    if (requeued.length > 0)
      await writeAudit(trx, {
        actorUserId: props.caller.userId,
        action: "connector.events_reprocessed",
        subjectType: "connector",
        subjectId: connector.id,
        details: { events: requeued.length },
        ip: props.ip,
        at: now,
      });
    return { requeued: requeued.length };
  });
}
