import type { AnyConnector } from "@emma/connectors";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";

/** A provider that pings or writes at least this often and has said nothing since is worth a look. */
const QUIET_WEBHOOK_HOURS = 24;

/**
 * How current Emma's picture of the provider is, for "Test connection" of a connector that is
 * both called (webhook) and polled (catch-up), like a forum: when the last webhook delivery (a
 * ping counts) arrived, and when the last catch-up finished.
 */
export async function deliveryFacts(
  db: Kysely<Database>,
  connector: AnyConnector,
  connectorId: string,
  now: Date,
): Promise<{ facts: Record<string, string>; warnings: string[] }> {
  const facts: Record<string, string> = {};
  const warnings: string[] = [];
  const webhookTypes = connector.webhookContentTypes ?? [];
  if (connector.acceptWebhook && webhookTypes.length > 0) {
    const last = await db
      .selectFrom("inbound_events")
      .select((eb) => eb.fn.max("received_at").as("at"))
      .where("connector_id", "=", connectorId)
      .where("content_type", "in", webhookTypes)
      .executeTakeFirst();
    const at = last?.at ? new Date(last.at) : null;
    facts.lastWebhookDelivery = at ? at.toISOString() : "none yet";
    if (!at || now.getTime() - at.getTime() > QUIET_WEBHOOK_HOURS * 3_600_000)
      warnings.push(
        at
          ? `No webhook delivery for over ${String(QUIET_WEBHOOK_HOURS)} hours: check the webhook at the provider (send a ping)`
          : "No webhook delivery has arrived yet: check the webhook's URL and secret at the provider (send a ping)",
      );
  }
  if (connector.poll) {
    const row = await db
      .selectFrom("connectors")
      .select("last_polled_at")
      .where("id", "=", connectorId)
      .executeTakeFirst();
    const polled = row?.last_polled_at ?? null;
    facts.lastCatchUp = polled ? polled.toISOString() : "none yet";
    if (polled)
      facts.catchUpLagSeconds = String(Math.max(0, Math.round((now.getTime() - polled.getTime()) / 1000)));
  }
  return { facts, warnings };
}
