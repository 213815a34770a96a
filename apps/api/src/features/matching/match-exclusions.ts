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
  // One statement: the check runs this for every customer, and round trips are its cost.
  const { rows } = await sql<{
    decision: "distinct" | "dismissed" | "unmerged";
    score: number | null;
    root_a: string;
    root_b: string;
  }>`
    with recursive tree (root, id) as (
      select id, id from customers where id = any(${roots}::uuid[])
      union all
      select tree.root, c.id from customers c join tree on c.merged_into = tree.id
    ), ids as (select array_agg(id) as all_ids from tree)
    select d.decision, d.score, ta.root::text as root_a, tb.root::text as root_b
    from (
      select 'distinct' as decision, customer_a as a, customer_b as b, null::real as score
      from distinct_people, ids where customer_a = any(ids.all_ids) and customer_b = any(ids.all_ids)
      union all
      select 'dismissed', customer_a, customer_b, score
      from merge_suggestions, ids
      where status = 'dismissed' and customer_a = any(ids.all_ids) and customer_b = any(ids.all_ids)
      union all
      select 'unmerged', survivor_id, absorbed_id, null
      from merges, ids
      where undone_at is not null and survivor_id = any(ids.all_ids) and absorbed_id = any(ids.all_ids)
    ) d
    join tree ta on ta.id = d.a
    join tree tb on tb.id = d.b
  `.execute(db);
  for (const row of rows) {
    const candidate =
      row.root_a === customerId && row.root_b !== customerId
        ? row.root_b
        : row.root_b === customerId && row.root_a !== customerId
          ? row.root_a
          : null;
    if (!candidate) continue;
    if (row.decision === "distinct") result.distinct.add(candidate);
    else if (row.decision === "unmerged") result.unmerged.add(candidate);
    else {
      const before = result.dismissedAt.get(candidate);
      // An older kind of suggestion dismissed has no score to beat: the pair stays dismissed.
      const score = row.score === null || before === null ? null : Math.max(row.score, before ?? 0);
      result.dismissedAt.set(candidate, score);
    }
  }
  return result;
}
