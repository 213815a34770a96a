import type { CustomerGraph } from "./customer-graph.ts";

/**
 * The end of a customer's mergedInto chain: who owns a row with this origin, including rows that arrive
 * after a merge through an identity of a merged-away customer.
 */
export function rootOf(graph: CustomerGraph, customerId: string): string {
  // The seen set only guards against a hand-made cycle; merges cannot create one.
  const seen = new Set([customerId]);
  let current = customerId;
  let next = graph.customers[current]?.mergedInto ?? null;
  while (next !== null && !seen.has(next)) {
    seen.add(next);
    current = next;
    next = graph.customers[current]?.mergedInto ?? null;
  }
  return current;
}
