import { create } from "zustand";
import { NO_FILTERS, type SearchFilterForm } from "./search-filters.ts";

interface SearchState {
  /** What is typed in the search box; the results view follows it as it changes. */
  text: string;
  /** The results view is shown in place of the queue column. */
  resultsOpen: boolean;
  filters: SearchFilterForm;
  filtersShown: boolean;
  setText: (text: string) => void;
  openResults: () => void;
  closeResults: () => void;
  setFilters: (patch: Partial<SearchFilterForm>) => void;
  resetFilters: () => void;
  setFiltersShown: (shown: boolean) => void;
  reset: () => void;
}

const initial = { text: "", resultsOpen: false, filters: NO_FILTERS, filtersShown: false };

/**
 * The search the agent is running. Not persisted: a reload returns to the queues, where work is,
 * and search text (names, numbers) is not left behind in the tab's storage.
 */
export const useSearchStore = create<SearchState>()((set) => ({
  ...initial,
  setText: (text) => set({ text }),
  openResults: () => set({ resultsOpen: true }),
  closeResults: () => set({ resultsOpen: false }),
  setFilters: (patch) => set((state) => ({ filters: { ...state.filters, ...patch } })),
  resetFilters: () => set({ filters: NO_FILTERS }),
  setFiltersShown: (filtersShown) => set({ filtersShown }),
  reset: () => set(initial),
}));

/** Where focus goes when the agent presses ArrowDown in the box while the results view is open. */
export const SEARCH_RESULTS_LIST_ID = "search-results-list";
