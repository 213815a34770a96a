import { sql, type Kysely, type Transaction } from "kysely";
import type { Database } from "../../db/schema.ts";

export interface PairExclusions {
  /** Candidates a person said are someone else than the customer (distinct_people). */
  distinct: Set<string>;
  /**
   * Candidates whose likeness with the customer an agent dismissed, with the best score dismissed
   * (null: a suggestion of an older kind, without a score): only a higher score is shown again.
   */
  dismissedAt: Map<string, number | null>;
  /** Candidates once merged with the customer and unmerged by a person: never merged again alone. */
  unmerged: Set<string>;
}

/**
 * What people already decided about the customer and each candidate. Decisions were taken about
 * records that may since have been merged, so both sides are compared as whole merge subtrees.
 */
export async function pairExclusions(
  db: Kysely<Database> | Transaction<Database>,
  customerId: string,
  candidateIds: readonly string[],
): Promise<PairExclusions> {
  const result: PairExclusions = { distinct: new Set(), dismissedAt: new Map(), unmerged: new Set() };
  if (candidateIds.length === 0) return result;
  const roots = [customerId, ...candidateIds];
  const { rows: tree } = await sql<{ root: string; id: string }>`
    with recursive tree (root, id) as (
      select id, id from customers where id = any(${roots}::uuid[])
      union all
      select tree.root, c.id from customers c join tree on c.merged_into = tree.id
    )
    select root, id from tree
  `.execute(db);
  const rootOf = new Map(tree.map((row) => [row.id, row.root]));
  const ids = [...rootOf.keys()];
  const other = (a: string, b: string): string | null => {
    const [rootA, rootB] = [rootOf.get(a), rootOf.get(b)];
    if (rootA === customerId && rootB !== undefined && rootB !== customerId) return rootB;
    if (rootB === customerId && rootA !== undefined && rootA !== customerId) return rootA;
    return null;
  };
  const distinct = await db
    .selectFrom("distinct_people")
    .select(["customer_a", "customer_b"])
    .where("customer_a", "=", sql<string>`any(${ids}::uuid[])`)
    .where("customer_b", "=", sql<string>`any(${ids}::uuid[])`)
    .execute();
  for (const row of distinct) {
    const candidate = other(row.customer_a, row.customer_b);
    if (candidate) result.distinct.add(candidate);
  }
  const dismissed = await db
    .selectFrom("merge_suggestions")
    .select(["customer_a", "customer_b", "score"])
    .where("status", "=", "dismissed")
    .where("customer_a", "=", sql<string>`any(${ids}::uuid[])`)
    .where("customer_b", "=", sql<string>`any(${ids}::uuid[])`)
    .execute();
  for (const row of dismissed) {
    const candidate = other(row.customer_a, row.customer_b);
    if (!candidate) continue;
    const before = result.dismissedAt.get(candidate);
    // An older kind of suggestion dismissed has no score to beat: the pair stays dismissed.
    const score = row.score === null || before === null ? null : Math.max(row.score, before ?? 0);
    result.dismissedAt.set(candidate, score);
  }
  const undone = await db
    .selectFrom("merges")
    .select(["survivor_id", "absorbed_id"])
    .where("undone_at", "is not", null)
    .where("survivor_id", "=", sql<string>`any(${ids}::uuid[])`)
    .where("absorbed_id", "=", sql<string>`any(${ids}::uuid[])`)
    .execute();
  for (const row of undone) {
    const candidate = other(row.survivor_id, row.absorbed_id);
    if (candidate) result.unmerged.add(candidate);
  }
  return result;
}
