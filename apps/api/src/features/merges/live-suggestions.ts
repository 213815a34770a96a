import { CUSTOMER_CHANNELS, parseMergeReasons, type CustomerChannel, type MergeReason } from "@emma/core";
import { sql, type Expression, type Kysely, type SqlBool, type Transaction } from "kysely";
import type { Database } from "../../db/schema.ts";
import { inMergedSubtree } from "../customers/resolve-customer-id.ts";

type Db = Kysely<Database> | Transaction<Database>;

/**
 * The live customer today of the customer id in `column`: the end of its merged_into chain. A
 * suggestion keeps the ids it was made for; read through this it follows merges and unmerges
 * without being rewritten (an unmerge then puts it back where it was, for free).
 */
export function rootOf(column: string) {
  return sql<string>`(
    with recursive chain (id, merged_into, depth) as (
      select id, merged_into, 0 from customers where id = ${sql.ref(column)}
      union all
      select c.id, c.merged_into, chain.depth + 1 from customers c join chain on c.id = chain.merged_into
      where chain.depth < 100
    )
    select id from chain where merged_into is null limit 1
  )`;
}

/** An open suggestion with both sides as they are today; `position` is its created_at to the microsecond. */
export interface LiveSuggestionRow {
  id: string;
  root_a: string;
  root_b: string;
  reasons: unknown;
  score: number | null;
  created_at: Date;
  position: string;
}

/**
 * Open suggestions seen through today's merges. Two sides that now share a live customer are left
 * out: merging them closes such a suggestion (mergeCustomers), this only keeps older rows quiet.
 * Best first: score descending, unscored (older kinds of evidence) last, then oldest first.
 */
export function liveSuggestions(
  db: Db,
  where?: (column: "customer_a" | "customer_b") => Expression<SqlBool>,
) {
  let inner = db
    .selectFrom("merge_suggestions as s")
    .select([
      "s.id",
      "s.reasons",
      "s.score",
      "s.created_at",
      sql<string>`to_char(s.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as("position"),
      rootOf("s.customer_a").as("root_a"),
      rootOf("s.customer_b").as("root_b"),
    ])
    .where("s.status", "=", "open");
  if (where) inner = inner.where((eb) => eb.or([where("customer_a"), where("customer_b")]));
  return db
    .selectFrom(inner.as("l"))
    .selectAll("l")
    .whereRef("l.root_a", "<>", "l.root_b")
    .orderBy(sql`l.score desc nulls last`)
    .orderBy("l.created_at")
    .orderBy("l.id");
}

/** Open suggestions that involve this live customer or anyone merged into it. */
export async function liveSuggestionsOf(db: Db, liveCustomerId: string): Promise<LiveSuggestionRow[]> {
  return liveSuggestions(db, (column) => inMergedSubtree(`s.${column}`, liveCustomerId))
    .limit(200)
    .execute();
}

export interface SuggestedCustomer {
  id: string;
  displayName: string;
  channels: CustomerChannel[];
  customerNumber: string | null;
}

/** Name, channels (from identities, in the console's channel order) and customer number of live customers. */
export async function describeCustomers(
  db: Db,
  ids: readonly string[],
): Promise<Map<string, SuggestedCustomer>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const [customers, identities] = await Promise.all([
    db
      .selectFrom("customers")
      .select(["id", "display_name", "customer_number"])
      .where("id", "in", unique)
      .execute(),
    db
      .selectFrom("identities")
      .select(["customer_id", "kind"])
      .distinct()
      .where("customer_id", "in", unique)
      .execute(),
  ]);
  return new Map(
    customers.map((customer) => {
      const kinds = new Set(
        identities.filter((row) => row.customer_id === customer.id).map((row) => row.kind),
      );
      return [
        customer.id,
        {
          id: customer.id,
          displayName: customer.display_name,
          channels: CUSTOMER_CHANNELS.filter((channel) => kinds.has(channel)),
          customerNumber: customer.customer_number,
        },
      ];
    }),
  );
}

/** A suggestion as the console shows it: both live customers, the reasons as typed facts, the score. */
export function presentSuggestion(row: LiveSuggestionRow, customers: Map<string, SuggestedCustomer>) {
  const side = (id: string): SuggestedCustomer =>
    customers.get(id) ?? { id, displayName: "", channels: [], customerNumber: null };
  return {
    id: row.id,
    score: row.score,
    customers: [side(row.root_a), side(row.root_b)] as [SuggestedCustomer, SuggestedCustomer],
    reasons: parseMergeReasons(row.reasons) satisfies MergeReason[],
    createdAt: row.created_at.toISOString(),
  };
}
