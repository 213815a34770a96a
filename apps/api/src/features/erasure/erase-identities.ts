import type { Transaction } from "kysely";
import type { Database } from "../../db/schema.ts";
import { tombstoneHash, type TombstoneKey } from "./tombstone-key.ts";

type Trx = Transaction<Database>;

/**
 * Tombstones each identifier (keyed hash, see tombstone-key.ts), then deletes the identity: nothing
 * links to the erased customer any more, so the person's next message starts a new, clean customer,
 * while a replay or backfill of what came before is stopped by the tombstone at ingest.
 */
export async function eraseIdentities(
  trx: Trx,
  props: { ids: string[]; erasureId: string; at: Date; key: TombstoneKey },
): Promise<{ identities: number; firstEventIds: string[] }> {
  const rows = await trx
    .selectFrom("identities")
    .select(["id", "kind", "value", "first_inbound_event_id"])
    .where("customer_id", "in", props.ids)
    .execute();
  if (rows.length === 0) return { identities: 0, firstEventIds: [] };
  await trx
    .insertInto("erasure_tombstones")
    .values(
      rows.map((row) => ({
        identity_hash: tombstoneHash(props.key, row),
        erased_at: props.at,
        erasure_id: props.erasureId,
      })),
    )
    .onConflict((oc) =>
      oc.column("identity_hash").doUpdateSet({ erased_at: props.at, erasure_id: props.erasureId }),
    )
    .execute();
  const identityIds = rows.map((row) => row.id);
  // Items and conversations of other customers may name one of them (an identity moved by an undone merge).
  await trx
    .updateTable("conversations")
    .set({ identity_id: null })
    .where("identity_id", "in", identityIds)
    .execute();
  await trx
    .updateTable("timeline_events")
    .set({ author_identity_id: null })
    .where("author_identity_id", "in", identityIds)
    .execute();
  await trx.deleteFrom("identities").where("id", "in", identityIds).execute();
  return {
    identities: rows.length,
    firstEventIds: rows.flatMap((row) => (row.first_inbound_event_id ? [row.first_inbound_event_id] : [])),
  };
}
