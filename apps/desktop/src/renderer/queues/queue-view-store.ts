import type { QueueOrder } from "@emma/core";
import { create } from "zustand";
import { createJSONStorage, persist } from "zustand/middleware";

interface QueueViewState {
  order: QueueOrder;
  /** Only conversations with this tag; null for all. */
  tag: string | null;
  /** Conversations ticked for a bulk action, in the order ticked. */
  selected: string[];
  /** Where a shift-range starts: the row last ticked or unticked on its own. */
  anchorId: string | null;
  setOrder: (order: QueueOrder) => void;
  toggleOrder: () => void;
  setTag: (tag: string | null) => void;
  /** Ticks or unticks one row and makes it the anchor of the next range. */
  toggle: (id: string) => void;
  /** Ticks every row from the anchor to `id` in list order (the anchor's state is what they get). */
  selectRange: (listIds: readonly string[], id: string) => void;
  setSelected: (ids: string[]) => void;
  clearSelection: () => void;
}

/**
 * How the agent looks at the queue beyond which queue and status (those live in ui-store): order,
 * tag filter and the rows ticked for a bulk action. Kept per tab like the rest of the view.
 */
export const useQueueView = create<QueueViewState>()(
  persist(
    (set) => ({
      order: "waiting",
      tag: null,
      selected: [],
      anchorId: null,
      setOrder: (order) => set({ order }),
      toggleOrder: () => set((state) => ({ order: state.order === "waiting" ? "newest" : "waiting" })),
      setTag: (tag) => set({ tag }),
      toggle: (id) =>
        set((state) => ({
          selected: state.selected.includes(id)
            ? state.selected.filter((s) => s !== id)
            : [...state.selected, id],
          anchorId: id,
        })),
      selectRange: (listIds, id) =>
        set((state) => {
          const from = state.anchorId === null ? -1 : listIds.indexOf(state.anchorId);
          const to = listIds.indexOf(id);
          if (from === -1 || to === -1) {
            return {
              selected: state.selected.includes(id) ? state.selected : [...state.selected, id],
              anchorId: id,
            };
          }
          const range = listIds.slice(Math.min(from, to), Math.max(from, to) + 1);
          const tick = state.anchorId !== null && state.selected.includes(state.anchorId);
          const selected = tick
            ? [...state.selected, ...range.filter((r) => !state.selected.includes(r))]
            : state.selected.filter((s) => !range.includes(s));
          return { selected };
        }),
      setSelected: (selected) => set({ selected }),
      clearSelection: () => set({ selected: [], anchorId: null }),
    }),
    {
      name: "emma.queue-view",
      version: 1,
      storage: createJSONStorage(() => sessionStorage),
      partialize: (state) => ({ order: state.order, tag: state.tag }),
    },
  ),
);
