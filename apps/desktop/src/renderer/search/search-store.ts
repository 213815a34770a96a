import { create } from "zustand";
import { NO_FILTERS, type SearchFilterForm } from "./search-filters.ts";

interface SearchState {
  /** What is typed in the search box; the results view follows it as it changes. */
  text: string;
  filters: SearchFilterForm;
  filtersShown: boolean;
  setText: (text: string) => void;
  setFilters: (patch: Partial<SearchFilterForm>) => void;
  resetFilters: () => void;
  setFiltersShown: (shown: boolean) => void;
  reset: () => void;
}

const initial = { text: "", filters: NO_FILTERS, filtersShown: false };

/**
 * The search the agent is running; its results are the search section (nav/), in place of the queue
 * column. Not persisted: the search section's URL carries text and filters, so a reload or a pasted
 * link shows the same results.
 */
export const useSearchStore = create<SearchState>()((set) => ({
  ...initial,
  setText: (text) => set({ text }),
  setFilters: (patch) => set((state) => ({ filters: { ...state.filters, ...patch } })),
  resetFilters: () => set({ filters: NO_FILTERS }),
  setFiltersShown: (filtersShown) => set({ filtersShown }),
  reset: () => set(initial),
}));

/** Where focus goes when the agent presses ArrowDown in the box while the results view is open. */
export const SEARCH_RESULTS_LIST_ID = "search-results-list";
