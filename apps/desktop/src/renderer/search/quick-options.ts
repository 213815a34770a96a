import type { SearchCustomerHit, SearchItemHit, SearchQueryResult } from "@emma/core";

/** The dropdown stays short: a glance, with the full results one Enter away. */
export const QUICK_CUSTOMERS = 5;
export const QUICK_ITEMS = 4;

export type QuickOption =
  | { type: "customer"; id: string; hit: SearchCustomerHit }
  | { type: "item"; id: string; hit: SearchItemHit }
  | { type: "all"; id: "all" };

/** The dropdown's options in order: customers, then items, then "all results" while something is typed. */
export function quickOptionsOf(page: SearchQueryResult | undefined, text: string): QuickOption[] {
  const options: QuickOption[] = [];
  for (const hit of page?.customers.slice(0, QUICK_CUSTOMERS) ?? [])
    options.push({ type: "customer", id: `c-${hit.customerId}`, hit });
  for (const hit of page?.items.slice(0, QUICK_ITEMS) ?? [])
    options.push({ type: "item", id: `i-${hit.eventId}`, hit });
  if (text.length >= 2) options.push({ type: "all", id: "all" });
  return options;
}
