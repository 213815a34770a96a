import { checkMerge, type MergeRefusal } from "./check-merge.ts";
import type { CustomerGraph } from "./customer-graph.ts";
import { moveRows, withMergedInto } from "./graph-updates.ts";

export type MergeGraphResult = { ok: true; graph: CustomerGraph } | { ok: false; refusal: MergeRefusal };

/**
 * Every row owned by the absorbed customer goes to the survivor, which is
 * `update <table> set customer_id = survivor where customer_id = absorbed` per table. Customers merged
 * into the absorbed one earlier keep pointing at it, so undoing this merge brings them back too.
 */
export function mergeGraph(graph: CustomerGraph, survivorId: string, absorbedId: string): MergeGraphResult {
  const refusal = checkMerge({
    survivor: graph.customers[survivorId],
    absorbed: graph.customers[absorbedId],
  });
  if (refusal !== null) return { ok: false, refusal };
  const moved = moveRows(graph, survivorId, (row) => row.customerId === absorbedId);
  return { ok: true, graph: withMergedInto(moved, absorbedId, survivorId) };
}
