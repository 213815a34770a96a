import type { CustomerGraph } from "./customer-graph.ts";
import { sortedIds } from "./sorted-ids.ts";

/**
 * The customer and every customer whose mergedInto chain leads to it, sorted: the origins whose rows go
 * back on unmerge. Mirrors the API's recursive `inMergedSubtree` query.
 */
export function subtreeOf(graph: CustomerGraph, customerId: string): string[] {
  const children = new Map<string, string[]>();
  for (const customer of Object.values(graph.customers)) {
    if (customer.mergedInto === null) continue;
    children.set(customer.mergedInto, [...(children.get(customer.mergedInto) ?? []), customer.id]);
  }
  const found = new Set([customerId]);
  const pending = [customerId];
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    for (const child of children.get(id) ?? []) {
      if (found.has(child)) continue;
      found.add(child);
      pending.push(child);
    }
  }
  return sortedIds(found);
}
