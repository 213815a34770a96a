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
  const since = new Date(sources.now.getTime() - RECENT_DAYS * 86_400_000);
  // One statement for the whole batch: a check loads two batches, and round trips are its cost.
  const { rows: roots } = await sql<{
    id: string;
    display_name: string;
    record_name: string | null;
    customer_number: string | null;
    postal_address: unknown;
    birth_date: string | null;
    absorbed: { display_name: string; record_name: string | null }[] | null;
    identities: { kind: string; value: string; display: string | null }[] | null;
    refs: string[] | null;
    recent: { id: string; channel: string; at: string; body_text: string; subject: string | null }[] | null;
  }>`
    select c.id, c.display_name, c.record_name, c.customer_number, c.postal_address,
      c.birth_date::text as birth_date,
      -- Every record merged into the customer, however deep the chain: their names are the person's too.
      (select json_agg(json_build_object('display_name', a.display_name, 'record_name', a.record_name))
       from (
         with recursive tree (id) as (
           select m.id from customers m where m.merged_into = c.id
           union all
           select m.id from customers m join tree on m.merged_into = tree.id
         )
         select d.display_name, d.record_name from tree join customers d on d.id = tree.id
       ) a) as absorbed,
      (select json_agg(json_build_object('kind', i.kind, 'value', i.value, 'display', i.display) order by i.created_at)
       from identities i where i.customer_id = c.id) as identities,
      (select json_agg(p.reference) from customer_products p where p.customer_id = c.id) as refs,
      (select json_agg(json_build_object('id', t.id, 'channel', t.channel, 'at', t.occurred_at,
                                         'body_text', t.body_text, 'subject', t.subject))
       from (
         select id, channel, occurred_at, body_text, subject from timeline_events
         where customer_id = c.id and direction = 'inbound' and occurred_at >= ${since}
           and kind in ('message', 'forum_post')
         order by occurred_at desc, id desc
         limit ${RECENT_MESSAGES}
       ) t) as recent
    from customers c
    where c.id = any(${ids}::uuid[]) and c.merged_into is null and c.erased_at is null
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
    for (const record of root.absorbed ?? []) {
      addName(record.display_name, "customer");
      addName(record.record_name, "record");
    }
    const own = (root.identities ?? []).flatMap((row) => {
      const kind = identityKindSchema.safeParse(row.kind);
      return kind.success ? [{ kind: kind.data, value: row.value, display: row.display }] : [];
    });
    // An e-mail identity's display is the address; every other kind's is the name people see.
    for (const identity of own) if (identity.kind !== "email") addName(identity.display, identity.kind);
    const messages = (root.recent ?? []).flatMap((row) => {
      const channel = customerChannelSchema.safeParse(row.channel);
      const text = [row.subject, row.body_text].filter(Boolean).join("\n");
      return channel.success && text.trim() !== ""
        ? [{ channel: channel.data, at: new Date(row.at).toISOString(), itemId: row.id, text }]
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
          (root.refs ?? []).flatMap((reference) => {
            const iban = reference.replace(/\s+/g, "").toUpperCase();
            return IBAN.test(iban) ? [iban] : [];
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
