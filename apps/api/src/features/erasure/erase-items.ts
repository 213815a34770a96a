import { redactItem } from "@emma/core";
import { z } from "zod";
import { sql, type Transaction } from "kysely";
import type { Database } from "../../db/schema.ts";
import { erasedKey, type TombstoneKey } from "./tombstone-key.ts";

type Trx = Transaction<Database>;

export interface ErasedItems {
  items: number;
  /** The raw events that produced them: the caller redacts those too. */
  inboundEventIds: string[];
  /** Files their attachments pointed at: deleted by the caller where nothing else points at them. */
  fileHashes: string[];
}

/**
 * Redacts every item of the person (core's `redactItem` decides what stays: counts, times, states,
 * durations) and the merge items on other people's timelines that name one of their records. The
 * generated full-text columns follow the emptied text. A provider's item id becomes a keyed stand-in:
 * it may carry their address, and a replay of it is stopped by the tombstones anyway.
 */
export async function eraseItems(
  trx: Trx,
  props: { ids: string[]; at: Date; key: TombstoneKey },
): Promise<ErasedItems> {
  const rows = await trx
    .selectFrom("timeline_events")
    .select(["id", "kind", "metadata", "external_id", "inbound_event_id"])
    .where((eb) =>
      eb.or([
        eb("customer_id", "in", props.ids),
        eb("origin_customer_id", "in", props.ids),
        eb.and([
          eb("kind", "in", ["merge", "unmerge"]),
          eb(sql<string>`metadata->>'absorbedId'`, "in", props.ids),
        ]),
      ]),
    )
    .execute();
  if (rows.length === 0) return { items: 0, inboundEventIds: [], fileHashes: [] };
  const redacted = rows.map((row) => ({
    id: row.id,
    metadata: JSON.stringify(redactItem(row.kind, row.metadata, { at: props.at, cause: "erasure" }).metadata),
    externalId: row.external_id === null ? null : erasedKey(props.key, row.external_id),
  }));
  await sql`
    update timeline_events t
    set subject = null, conversation_subject = null, body_text = '', body_html = null, author_name = null,
        author_identity_id = null, metadata = r.metadata::jsonb, external_id = r.external_id
    from unnest(${redacted.map((r) => r.id)}::uuid[], ${redacted.map((r) => r.metadata)}::text[],
                ${redacted.map((r) => r.externalId)}::text[]) as r (id, metadata, external_id)
    where t.id = r.id
  `.execute(trx);
  await trx
    .deleteFrom("file_fetches")
    .where(
      "timeline_event_id",
      "in",
      redacted.map((r) => r.id),
    )
    .execute();
  return {
    items: rows.length,
    inboundEventIds: [
      ...new Set(rows.flatMap((row) => [row.inbound_event_id, ...sourceEventIds(row.metadata)])),
    ].filter((id): id is string => id !== null),
    fileHashes: [...new Set(rows.flatMap((row) => fileHashes(row.metadata)))],
  };
}

const sourcesSchema = z.object({ sourceEventIds: z.array(z.string()).optional() });

/** The further raw events an item was built from (a call's callbacks, a post's edits). */
function sourceEventIds(metadata: unknown): string[] {
  const parsed = sourcesSchema.safeParse(metadata);
  return parsed.success ? (parsed.data.sourceEventIds ?? []) : [];
}

/** Every sha256 an item's metadata names, wherever a connector put it. */
export function fileHashes(value: unknown): string[] {
  return [...JSON.stringify(value ?? null).matchAll(/"sha256":"([0-9a-f]{64})"/g)].flatMap((m) =>
    m[1] ? [m[1]] : [],
  );
}
