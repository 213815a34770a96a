import type { SearchCustomerHit, SearchItemHit, SearchQueryResult } from "@emma/core";

export type ResultHit =
  { type: "customer"; id: string; hit: SearchCustomerHit } | { type: "item"; id: string; hit: SearchItemHit };

/**
 * Every hit of the pages loaded so far in the order the keyboard walks them: the customers (first
 * page only), then the items page after page. An item a later page repeats (the index changed
 * between pages) is shown once.
 */
export function resultHitsOf(pages: readonly SearchQueryResult[]): ResultHit[] {
  const hits: ResultHit[] = (pages[0]?.customers ?? []).map((hit) => ({
    type: "customer",
    id: `c-${hit.customerId}`,
    hit,
  }));
  const seen = new Set<string>();
  for (const page of pages) {
    for (const hit of page.items) {
      if (seen.has(hit.eventId)) continue;
      seen.add(hit.eventId);
      hits.push({ type: "item", id: `i-${hit.eventId}`, hit });
    }
  }
  return hits;
}
