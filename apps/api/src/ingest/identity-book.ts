import { identityKey, type NormalizedIdentity } from "@emma/core";
import { sql, type Transaction } from "kysely";
import type { Database } from "../db/schema.ts";
import { lockKeys } from "../db/advisory-locks.ts";

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
    await book.read(trx, identities);
    return book;
  }

  /** Reads (again) what the database knows of these identities. */
  async read(trx: Transaction<Database>, identities: NormalizedIdentity[]): Promise<void> {
    if (identities.length === 0) return;
    const rows = await trx
      .selectFrom("identities")
      .select(["id", "kind", "value", "customer_id", "origin_customer_id"])
      .where(
        sql<boolean>`(kind, value) in (select * from unnest(${identities.map((i) => i.kind)}::text[], ${identities.map((i) => i.value)}::text[]))`,
      )
      .execute();
    for (const row of rows) {
      this.#known.set(`${row.kind}:${row.value}`, {
        id: row.id,
        customerId: row.customer_id,
        originCustomerId: row.origin_customer_id,
      });
    }
  }

  /** The identities this book has not seen in the database: the ones a message may have to create. */
  unknown(identities: NormalizedIdentity[]): NormalizedIdentity[] {
    return identities.filter((identity) => !this.#known.has(identityKey(identity)));
  }

  get(identity: NormalizedIdentity): KnownIdentity | undefined {
    return this.#known.get(identityKey(identity));
  }

  add(identity: NormalizedIdentity, known: KnownIdentity): void {
    this.#known.set(identityKey(identity), known);
  }

  customerIds(): string[] {
    return [...new Set([...this.#known.values()].map((known) => known.customerId))].sort();
  }

  /** identityKey → customer id, as `resolveIdentities` wants it. */
  owners(): Map<string, string> {
    return new Map([...this.#known].map(([key, known]) => [key, known.customerId]));
  }
}

/**
 * Serializes batches that may create the same identifiers, so "look up, else create" is race-free
 * across workers and API instances. Only identifiers unknown at the first lookup are locked (known
 * ones never disappear), so batches of returning customers never wait for each other. Returns the
 * identity keys that were busy (mode "skip"), see `lockKeys`.
 */
export function lockIdentities(
  trx: Transaction<Database>,
  identities: NormalizedIdentity[],
  mode: "wait" | "skip",
): Promise<Set<string>> {
  return lockKeys(trx, identities.map(identityKey), mode);
}

/** Something changed under the batch that a fresh attempt resolves; retried at once, not counted. */
export class RetryBatchError extends Error {}

/**
 * Holds the customers this batch's known identities belong to (KEY SHARE, until commit), so no merge
 * can move them away underneath the batch; a merge that committed since the lookup makes the batch
 * fail and be retried, which then reads where the identities are now.
 */
export async function holdCustomers(trx: Transaction<Database>, book: IdentityBook): Promise<void> {
  const ids = book.customerIds();
  if (ids.length === 0) return;
  const { rows } = await sql<{ merged_into: string | null }>`
    select merged_into from customers where id = any(${ids}::uuid[]) order by id for key share
  `.execute(trx);
  if (rows.some((row) => row.merged_into !== null)) {
    throw new RetryBatchError("a customer of this batch was merged while it ran");
  }
}
