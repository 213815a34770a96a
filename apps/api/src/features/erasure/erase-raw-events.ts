import { sql, type Transaction } from "kysely";
import type { Database } from "../../db/schema.ts";
import { erasedKey, type TombstoneKey } from "./tombstone-key.ts";

type Trx = Transaction<Database>;

/** What a redacted raw event says instead of its body. */
export const ERASED_EVENT_NOTE = "Content removed: the customer was erased (GDPR Art. 17)";

/**
 * Empties the raw events that produced the person's items, and any other stored event whose text
 * names one of their identifiers (a read receipt, a bounce about them): body, headers and the
 * dedupe key (a Message-ID may carry their address). Status and times stay. Such an event can no
 * longer be replayed; one it produced items of other people for already wrote those items.
 */
export async function eraseRawEvents(
  trx: Trx,
  props: { eventIds: string[]; strings: string[]; key: TombstoneKey },
): Promise<number> {
  const named =
    props.strings.length === 0
      ? []
      : (
          await sql<{ id: string }>`
          select id from inbound_events
          where encoding = 'utf8' and exists (select 1 from unnest(${props.strings}::text[]) s where strpos(body, s) > 0)
        `.execute(trx)
        ).rows;
  return redactRawEvents(trx, props.key, [...new Set([...props.eventIds, ...named.map((row) => row.id)])]);
}

/** Body, headers and dedupe key of these raw events go; status and times stay. Returns how many. */
export async function redactRawEvents(trx: Trx, key: TombstoneKey, ids: string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const rows = await trx
    .selectFrom("inbound_events")
    .select(["id", "dedupe_key"])
    .where("id", "in", ids)
    .execute();
  await sql`
    update inbound_events e
    set body = '', encoding = 'utf8', headers = '{}'::jsonb, dedupe_key = r.dedupe_key,
        last_error = ${ERASED_EVENT_NOTE}
    from unnest(${rows.map((row) => row.id)}::uuid[], ${rows.map((row) => erasedKey(key, row.dedupe_key))}::text[])
      as r (id, dedupe_key)
    where e.id = r.id
  `.execute(trx);
  return rows.length;
}
