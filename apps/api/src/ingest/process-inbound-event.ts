import type { CountryCode, InboundMessage } from "@emma/core";
import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";
import type { Logger } from "../services.ts";
import { applyMessage } from "./apply-message.ts";
import { NORMALIZED_CONTENT_TYPE, connectorOf, parseNormalizedBody } from "@emma/connectors";

/** After this many failed attempts an event stays `failed` until someone replays it. */
export const MAX_PROCESS_ATTEMPTS = 5;

export type ProcessOutcome = "processed" | "already-processed" | "busy" | "failed";

/**
 * Turns a stored raw event into timeline items, in one transaction. The row lock (SKIP LOCKED) lets
 * several workers and API instances process the queue without doing one event twice.
 */
export async function processInboundEvent(db: Kysely<Database>, log: Logger, eventId: string): Promise<ProcessOutcome> {
  try {
    return await db.transaction().execute(async (trx) => {
      const event = await trx
        .selectFrom("inbound_events")
        .innerJoin("connectors", "connectors.id", "inbound_events.connector_id")
        .select(["inbound_events.id", "inbound_events.status", "inbound_events.content_type", "inbound_events.body"])
        .select(["connectors.id as connectorId", "connectors.kind", "connectors.config", "connectors.default_country"])
        .where("inbound_events.id", "=", eventId)
        .forUpdate("inbound_events")
        .skipLocked()
        .executeTakeFirst();
      if (!event) return "busy";
      if (event.status === "processed") return "already-processed";
      const messages = parseEvent(event.kind, event.config, event.content_type, event.body);
      const connector = { id: event.connectorId, defaultCountry: event.default_country as CountryCode };
      for (const message of messages) await applyMessage(trx, connector, event.id, message);
      await trx
        .updateTable("inbound_events")
        .set({ status: "processed", processed_at: new Date(), last_error: null })
        .where("id", "=", event.id)
        .execute();
      return "processed";
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    log.warn("ingest: event could not be processed; kept for replay", { eventId, reason });
    await db
      .updateTable("inbound_events")
      .set((eb) => ({
        attempts: eb("attempts", "+", 1),
        last_error: reason.slice(0, 2000),
        status: eb.case().when("attempts", ">=", MAX_PROCESS_ATTEMPTS - 1).then("failed" as const).else("pending" as const).end(),
      }))
      .where("id", "=", eventId)
      .execute();
    return "failed";
  }
}

/**
 * Normalized bodies (demo seeder, imports, tests) read the same for every connector; anything else
 * is the connector's own provider format. Secrets are not needed to parse a stored event.
 */
function parseEvent(kind: string, config: unknown, contentType: string, body: string): InboundMessage[] {
  if (contentType === NORMALIZED_CONTENT_TYPE) return parseNormalizedBody(body);
  const connector = connectorOf(kind);
  if (!connector) throw new Error(`No connector of kind ${kind} to read this event`);
  return connector.parseStored(contentType, body, { config: connector.configSchema.parse(config), secrets: undefined });
}
