import { identityKey, type NormalizedIdentity } from "@emma/core";
import { sql, type Transaction } from "kysely";
import type { Database } from "../db/schema.ts";

export interface KnownIdentity {
  id: string;
  customerId: string;
  originCustomerId: string;
}

/**
 * The identities a batch of messages names, read once and kept current as the batch creates more,
 * so that message 7 sees the customer message 3 created without another query.
 */
export class IdentityBook {
  readonly #known = new Map<string, KnownIdentity>();

  static async load(trx: Transaction<Database>, identities: NormalizedIdentity[]): Promise<IdentityBook> {
    const book = new IdentityBook();
    if (identities.length === 0) return book;
    const rows = await trx
      .selectFrom("identities")
      .select(["id", "kind", "value", "customer_id", "origin_customer_id"])
      .where(
        sql<boolean>`(kind, value) in (select * from unnest(${identities.map((i) => i.kind)}::text[], ${identities.map((i) => i.value)}::text[]))`,
      )
      .execute();
    for (const row of rows) {
      book.#known.set(`${row.kind}:${row.value}`, { id: row.id, customerId: row.customer_id, originCustomerId: row.origin_customer_id });
    }
    return book;
  }

  get(identity: NormalizedIdentity): KnownIdentity | undefined {
    return this.#known.get(identityKey(identity));
  }

  add(identity: NormalizedIdentity, known: KnownIdentity): void {
    this.#known.set(identityKey(identity), known);
  }

  /** identityKey → customer id, as `resolveIdentities` wants it. */
  owners(): Map<string, string> {
    return new Map([...this.#known].map(([key, known]) => [key, known.customerId]));
  }
}

/**
 * Serializes batches that name the same identifiers, so "look up, else create" is race-free across
 * workers and API instances. Taken in sorted order, once per batch, so two batches never deadlock.
 * Must run as its own statement before the lookups: a statement's snapshot predates its locks.
 */
export async function lockIdentities(trx: Transaction<Database>, identities: NormalizedIdentity[]): Promise<void> {
  const keys = [...new Set(identities.map(identityKey))].sort();
  if (keys.length === 0) return;
  await sql`select pg_advisory_xact_lock(hashtextextended(k, 0)) from (select unnest(${keys}::text[]) as k order by 1) sorted`.execute(trx);
}
