import { sql, type Kysely, type Transaction } from "kysely";
import type { Database } from "../../db/schema.ts";

export interface PairExclusions {
  /** Candidates a person said are someone else than the customer (distinct_people). */
  distinct: Set<string>;
  /**
   * Candidates whose likeness with the customer an agent dismissed, or merged and then undid, with
   * the best score they saw (null: no score, a suggestion of an older kind or a merge by hand): only
   * a higher score, fresh evidence, is shown again.
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
    decision: "distinct" | "dismissed" | "unmerged" | "merged";
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
      select 'merged', customer_a, customer_b, score
      from merge_suggestions, ids
      where status = 'merged' and customer_a = any(ids.all_ids) and customer_b = any(ids.all_ids)
      union all
      select 'unmerged', survivor_id, absorbed_id, null
      from merges, ids
      where undone_at is not null and survivor_id = any(ids.all_ids) and absorbed_id = any(ids.all_ids)
    ) d
    join tree ta on ta.id = d.a
    join tree tb on tb.id = d.b
  `.execute(db);
  const mergedAt = new Map<string, number | null>();
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
    else if (row.decision === "merged") raiseBar(mergedAt, candidate, row.score);
    else raiseBar(result.dismissedAt, candidate, row.score);
  }
  // The undo said this merge was wrong: the evidence it was taken on is not put before anyone again,
  // only evidence beyond it. A merge by hand had no score to beat: the pair is not suggested again.
  for (const candidate of result.unmerged) {
    raiseBar(result.dismissedAt, candidate, mergedAt.get(candidate) ?? null);
  }
  return result;
}

/** The score a pair must beat to be suggested again; null when nothing beats it. */
function raiseBar(bars: Map<string, number | null>, candidate: string, score: number | null) {
  const before = bars.get(candidate);
  bars.set(candidate, score === null || before === null ? null : Math.max(score, before ?? 0));
}
