import { identityKindSchema } from "@emma/core";
import { CONNECTORS } from "@emma/connectors";
import { sql, type Kysely } from "kysely";
import type { SecretKey } from "../crypto/secret-box.ts";
import type { Database } from "../db/schema.ts";
import type { Logger } from "../services.ts";
import { loadConnector } from "./load-connector.ts";
import { enqueueMatchChecks } from "../features/matching/enqueue-match-checks.ts";

/** Names asked for per round; a provider's profile API is rate-limited like the rest. */
const PER_ROUND = 20;
/** A lookup that failed (an expired token, the provider down) is tried again after this long. */
const RETRY_AFTER = "6 hours";

/**
 * Some providers name people by id only (Messenger's webhooks carry a page-scoped id). Their names
 * are asked for after ingest, never during it: a slow or failing profile API must not hold up a
 * webhook. The name is kept on the identity, and becomes the customer's name while the customer
 * is still called by that id. Claimed with one UPDATE, so API instances never ask twice.
 */
export async function lookUpProfileNames(
  db: Kysely<Database>,
  secretKey: SecretKey,
  log: Logger,
): Promise<number> {
  const kinds = Object.values(CONNECTORS)
    .filter((connector) => connector.displayNameOf !== undefined)
    .map((connector) => connector.kind);
  if (kinds.length === 0) return 0;
  const { rows: claimed } = await sql<{ id: string; kind: string; value: string; connector_id: string }>`
    update identities set name_looked_up_at = now()
    where id in (
      select i.id from identities i
      -- by connector first: e-mail identities without a display name are many, and never looked up
      where i.connector_id in (select id from connectors where enabled and kind = any(${kinds}::text[]))
        and i.display is null
        and (i.name_looked_up_at is null or i.name_looked_up_at < now() - ${RETRY_AFTER}::interval)
      order by i.created_at
      limit ${PER_ROUND}
      for update of i skip locked
    )
    returning id, kind, value, connector_id
  `.execute(db);
  let named = 0;
  for (const identity of claimed) {
    try {
      const loaded = await loadConnector(db, secretKey, identity.connector_id);
      const name = await loaded.connector.displayNameOf?.(
        { kind: identityKindSchema.parse(identity.kind), value: identity.value },
        loaded.context,
      );
      if (!name?.trim()) continue;
      await db.transaction().execute(async (trx) => {
        const row = await trx
          .updateTable("identities")
          .set({ display: name.trim().slice(0, 512) })
          .where("id", "=", identity.id)
          .returning("customer_id")
          .executeTakeFirstOrThrow();
        // Only a customer still called by this id takes the name; one an agent named keeps theirs.
        await trx
          .updateTable("customers")
          .set({ display_name: name.trim().slice(0, 255) })
          .where("id", "=", row.customer_id)
          .where("display_name", "=", identity.value)
          .execute();
        // A name is what the matcher finds people by: this customer is compared again.
        await enqueueMatchChecks(trx, [row.customer_id], new Date());
      });
      named += 1;
    } catch (error) {
      log.warn("profile names: lookup failed; tried again later", {
        identityId: identity.id,
        connectorId: identity.connector_id,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }
  return named;
}
