import { create } from "zustand";

interface ExpandedBodies {
  /** Items whose long body the agent expanded; by item id, so it survives virtualized rows. */
  expanded: Readonly<Record<string, true>>;
  toggle: (itemId: string) => void;
}

export const useExpandedBodies = create<ExpandedBodies>((set) => ({
  expanded: {},
  toggle: (itemId) =>
    set((state) => {
      const { [itemId]: wasExpanded, ...rest } = state.expanded;
      return { expanded: wasExpanded ? rest : { ...rest, [itemId]: true } };
    }),
}));
