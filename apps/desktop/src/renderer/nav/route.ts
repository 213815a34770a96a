import type { SearchFilterForm } from "../search/search-filters.ts";

/** What stands beside a column section: a conversation (its customer comes with it) or a customer. */
export type OpenRecord = { kind: "conversation"; id: string } | { kind: "customer"; id: string } | null;

/**
 * Where the console is, as a URL says it (the part after `#`). The inbox's conversation and customer
 * have their own short paths, the links people paste; a search keeps its text, filters and what is
 * open beside the results; any other section keeps the rest of its path and its parameters.
 */
export type Route =
  | { kind: "inbox"; open: OpenRecord }
  | { kind: "search"; text: string; filters: SearchFilterForm; open: OpenRecord }
  | { kind: "section"; path: string; rest: readonly string[]; params: Readonly<Record<string, string>> };

/** A URL that leads nowhere in the console; the caller says so instead of showing a blank screen. */
export interface BadRoute {
  kind: "bad";
  reason: "unknown-path" | "bad-id";
}

export const INBOX: Route = { kind: "inbox", open: null };
