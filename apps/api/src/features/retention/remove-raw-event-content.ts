import type { Transaction } from "kysely";
import type { Database } from "../../db/schema.ts";

/**
 * Empties processed raw events: body and headers go, the row and its dedupe key stay, so a provider's
 * very late retry is still recognised and not stored or processed again. Pending and failed events
 * are never touched: they still need an admin. Returns how many changed.
 */
export async function removeRawEventContent(
  trx: Transaction<Database>,
  ids: readonly string[],
  now: Date,
): Promise<number> {
  if (ids.length === 0) return 0;
  const emptied = await trx
    .updateTable("inbound_events")
    .set({ body: "", encoding: "utf8", headers: JSON.stringify({}), content_removed_at: now })
    .where("id", "in", [...ids])
    .where("status", "=", "processed")
    .where("content_removed_at", "is", null)
    .executeTakeFirst();
  return Number(emptied.numUpdatedRows);
}
