import type { Kysely, Transaction } from "kysely";
import type { Database } from "../db/schema.ts";

type Executor = Kysely<Database> | Transaction<Database>;

/** The provider refused the connection itself (an expired token): shown until it works again. */
export async function markReconnectNeeded(
  db: Executor,
  connectorId: string,
  reason: string,
  now: Date,
): Promise<void> {
  await db
    .updateTable("connectors")
    .set((eb) => ({
      reconnect_reason: reason.slice(0, 2000),
      reconnect_since: eb.fn.coalesce("reconnect_since", eb.val(now)),
    }))
    .where("id", "=", connectorId)
    .execute();
}

/** A send or poll got through, or an admin saved new credentials: the connection is fine again. */
export async function clearReconnectNeeded(db: Executor, connectorId: string): Promise<void> {
  await db
    .updateTable("connectors")
    .set({ reconnect_reason: null, reconnect_since: null })
    .where("id", "=", connectorId)
    .where("reconnect_reason", "is not", null)
    .execute();
}
