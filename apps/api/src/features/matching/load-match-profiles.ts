import {
  customerChannelSchema,
  identityKindSchema,
  parsePostalAddress,
  type CustomerChannel,
  type MatchProfile,
  type NameSource,
  type WrittenIdentifier,
} from "@emma/core";
import { sql, type Kysely, type Transaction } from "kysely";
import type { Database } from "../../db/schema.ts";

type Db = Kysely<Database> | Transaction<Database>;

/**
 * Finds the identifiers a customer wrote in one message text ("meine Kundennummer ist …", a
 * signature block), normalized as `WrittenIdentifier` says; phone numbers without a country code
 * are read in `defaultCountry`.
 */
export type WrittenIdentifierExtractor = (text: string, defaultCountry: string) => WrittenIdentifier[];

export interface ProfileSources {
  /** The extractor the matcher reads messages with (core's writtenIdentifiers in production). */
  extractWritten: WrittenIdentifierExtractor;
  defaultCountry: string;
  now: Date;
}

/** The newest inbound messages a profile keeps, for the same topic on two channels. */
export const RECENT_MESSAGES = 5;
/** Older messages say nothing about a topic raised "within minutes" on another channel. */
const RECENT_DAYS = 30;

const IBAN = /^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/;

/**
 * The matcher's profiles of these customers, for the live ones among them (roots, not erased):
 * their own and their merged-away records' names, the system of record's facts, identities, IBANs
 * and newest messages. A handful of queries for the whole batch, whatever its size.
 */
export async function loadMatchProfiles(
  db: Db,
  customerIds: readonly string[],
  sources: ProfileSources,
): Promise<Map<string, MatchProfile>> {
  const ids = [...new Set(customerIds)];
  const profiles = new Map<string, MatchProfile>();
  if (ids.length === 0) return profiles;
  const roots = await db
    .selectFrom("customers")
    .select([
      "id",
      "display_name",
      "record_name",
      "customer_number",
      "postal_address",
      sql<string | null>`birth_date::text`.as("birth_date"),
    ])
    .where("id", "=", sql<string>`any(${ids}::uuid[])`)
    .where("merged_into", "is", null)
    .where("erased_at", "is", null)
    .execute();
  if (roots.length === 0) return profiles;
  const rootIds = roots.map((row) => row.id);
  // Every record merged into a root, however deep the chain: their names are the person's too.
  const { rows: absorbed } = await sql<{ root: string; display_name: string; record_name: string | null }>`
    with recursive tree (root, id) as (
      select id, id from customers where id = any(${rootIds}::uuid[])
      union all
      select tree.root, c.id from customers c join tree on c.merged_into = tree.id
    )
    select tree.root, c.display_name, c.record_name
    from tree join customers c on c.id = tree.id
    where c.id <> tree.root
  `.execute(db);
  const identities = await db
    .selectFrom("identities")
    .select(["customer_id", "kind", "value", "display"])
    .where("customer_id", "=", sql<string>`any(${rootIds}::uuid[])`)
    .orderBy("created_at")
    .execute();
  const references = await db
    .selectFrom("customer_products")
    .select(["customer_id", "reference"])
    .where("customer_id", "=", sql<string>`any(${rootIds}::uuid[])`)
    .execute();
  const since = new Date(sources.now.getTime() - RECENT_DAYS * 86_400_000);
  const { rows: recent } = await sql<{
    customer_id: string;
    id: string;
    channel: string;
    occurred_at: Date;
    body_text: string;
    subject: string | null;
  }>`
    select r.customer_id, t.id, t.channel, t.occurred_at, t.body_text, t.subject
    from unnest(${rootIds}::uuid[]) as r (customer_id)
    cross join lateral (
      select id, channel, occurred_at, body_text, subject from timeline_events
      where customer_id = r.customer_id and direction = 'inbound' and occurred_at >= ${since}
        and kind in ('message', 'forum_post')
      order by occurred_at desc, id desc
      limit ${RECENT_MESSAGES}
    ) t
  `.execute(db);
  for (const root of roots) {
    const names: { value: string; source: NameSource }[] = [];
    const addName = (value: string | null | undefined, source: NameSource) => {
      const trimmed = value?.trim();
      if (trimmed && !names.some((name) => name.value === trimmed && name.source === source))
        names.push({ value: trimmed, source });
    };
    addName(root.display_name, "customer");
    addName(root.record_name, "record");
    for (const record of absorbed.filter((row) => row.root === root.id)) {
      addName(record.display_name, "customer");
      addName(record.record_name, "record");
    }
    const own = identities.flatMap((row) => {
      const kind = identityKindSchema.safeParse(row.kind);
      return row.customer_id === root.id && kind.success
        ? [{ kind: kind.data, value: row.value, display: row.display }]
        : [];
    });
    // An e-mail identity's display is the address; every other kind's is the name people see.
    for (const identity of own) if (identity.kind !== "email") addName(identity.display, identity.kind);
    const messages = recent.flatMap((row) => {
      const channel = customerChannelSchema.safeParse(row.channel);
      const text = [row.subject, row.body_text].filter(Boolean).join("\n");
      return row.customer_id === root.id && channel.success && text.trim() !== ""
        ? [{ channel: channel.data, at: row.occurred_at.toISOString(), itemId: row.id, text }]
        : [];
    });
    profiles.set(root.id, {
      customerId: root.id,
      names,
      birthDate: root.birth_date,
      address: parsePostalAddress(root.postal_address),
      customerNumber: root.customer_number,
      identities: own,
      ibans: [
        ...new Set(
          references.flatMap((row) => {
            const iban = row.reference.replace(/\s+/g, "").toUpperCase();
            return row.customer_id === root.id && IBAN.test(iban) ? [iban] : [];
          }),
        ),
      ],
      written: writtenIn(messages, sources),
      recent: messages,
    });
  }
  return profiles;
}

/**
 * THE place where the identifiers a customer wrote are read from their messages: every recent
 * message through the extractor, each identifier once (its newest mention).
 */
export function writtenIn(
  messages: readonly { channel: CustomerChannel; itemId: string; text: string }[],
  sources: Pick<ProfileSources, "extractWritten" | "defaultCountry">,
): MatchProfile["written"] {
  const seen = new Set<string>();
  return messages.flatMap(({ itemId, text }) =>
    sources.extractWritten(text, sources.defaultCountry).flatMap((identifier) => {
      const key = `${identifier.kind}:${identifier.value}`;
      if (seen.has(key)) return [];
      seen.add(key);
      return [{ identifier, itemId }];
    }),
  );
}
