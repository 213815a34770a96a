import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { useTRPC } from "../api/trpc.ts";
import { isDateRangeReversed, toSearchFilters, type SearchFilterForm } from "./search-filters.ts";

/** The API refuses shorter queries; the console does not ask. */
export const MIN_QUERY = 2;

/**
 * `search.query` for a query and filters: customers with the first page, items page by page by the
 * API's keyset cursor. Earlier results stay on screen while the next query runs, so the list does
 * not flicker as the agent types.
 */
export function useSearch(
  query: string,
  filters: SearchFilterForm,
  options: { limit: number; enabled: boolean },
) {
  const trpc = useTRPC();
  const ready = options.enabled && query.length >= MIN_QUERY && !isDateRangeReversed(filters);
  return useInfiniteQuery(
    trpc.search.query.infiniteQueryOptions(
      { query, filters: toSearchFilters(filters), limit: options.limit },
      {
        enabled: ready,
        getNextPageParam: (page) => page.nextCursor ?? undefined,
        placeholderData: keepPreviousData,
      },
    ),
  );
}
