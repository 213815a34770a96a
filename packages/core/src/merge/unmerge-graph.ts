import { checkUnmerge, type UnmergeRefusal } from "./check-unmerge.ts";
import type { CustomerGraph } from "./customer-graph.ts";
import { moveRows, withMergedInto } from "./graph-updates.ts";
import { subtreeOf } from "./subtree-of.ts";

export type UnmergeGraphResult = { ok: true; graph: CustomerGraph } | { ok: false; refusal: UnmergeRefusal };

/**
 * Undoes the merge of `absorbedId` into `survivorId`: rows on the survivor whose origin lies in the
 * absorbed customer's subtree go back, which is
 * `update <table> set customer_id = absorbed where customer_id = survivor and origin_customer_id in subtree`.
 * Going by origin rather than by recorded ids also returns rows that arrived after the merge.
 */
export function unmergeGraph(
  graph: CustomerGraph,
  survivorId: string,
  absorbedId: string,
): UnmergeGraphResult {
  const refusal = checkUnmerge({
    // A merge is in effect exactly while the absorbed customer points at the survivor.
    undone: graph.customers[absorbedId]?.mergedInto !== survivorId,
    survivorMergedInto: graph.customers[survivorId]?.mergedInto ?? null,
    // The graph models merges only; erasure is checked on the stored customers.
    erased: false,
  });
  if (refusal !== null) return { ok: false, refusal };
  const detached = withMergedInto(graph, absorbedId, null);
  const subtree = new Set(subtreeOf(detached, absorbedId));
  const restored = moveRows(
    detached,
    absorbedId,
    (row) => row.customerId === survivorId && subtree.has(row.originCustomerId),
  );
  return { ok: true, graph: restored };
}
