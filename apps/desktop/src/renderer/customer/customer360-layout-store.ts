import { create } from "zustand";
import { createJSONStorage, persist } from "zustand/middleware";
import { useMe } from "../auth/use-me.ts";
import {
  SHARE,
  clampShare,
  sectionOpen,
  storedLayoutsSchema,
  type AgentLayout,
  type SectionId,
} from "./customer360-layout.ts";

interface LayoutState {
  byAgent: Record<string, AgentLayout>;
  setSectionOpen: (agentId: string, section: SectionId, open: boolean) => void;
  setShare: (agentId: string, share: number) => void;
}

/**
 * How each agent arranged the 360 on this machine: which sections are open, how much of the column
 * it may take. In localStorage, so it outlives the session; keyed by agent for shared desks.
 */
const useLayoutStore = create<LayoutState>()(
  persist(
    (set) => ({
      byAgent: {},
      setSectionOpen: (agentId, section, open) =>
        set((state) => {
          const layout = state.byAgent[agentId] ?? { open: {} };
          return {
            byAgent: {
              ...state.byAgent,
              [agentId]: { ...layout, open: { ...layout.open, [section]: open } },
            },
          };
        }),
      setShare: (agentId, share) =>
        set((state) => {
          const layout = state.byAgent[agentId] ?? { open: {} };
          return { byAgent: { ...state.byAgent, [agentId]: { ...layout, share: clampShare(share) } } };
        }),
    }),
    {
      name: "emma.customer360",
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: (state) => ({ byAgent: state.byAgent }),
      // Whatever another version or a hand edit left there: what does not parse is forgotten.
      merge: (persisted, current) => {
        const parsed = storedLayoutsSchema.safeParse(persisted);
        return parsed.success ? { ...current, byAgent: parsed.data.byAgent } : current;
      },
    },
  ),
);

export function useSectionOpen(section: SectionId): [boolean, (open: boolean) => void] {
  const agentId = useMe()?.id ?? "";
  const open = useLayoutStore((state) => sectionOpen(state.byAgent[agentId], section));
  const setSectionOpen = useLayoutStore((state) => state.setSectionOpen);
  return [open, (next) => setSectionOpen(agentId, section, next)];
}

export function useCustomerShare(): [number, (share: number) => void] {
  const agentId = useMe()?.id ?? "";
  const share = useLayoutStore((state) => state.byAgent[agentId]?.share ?? SHARE.initial);
  const setShare = useLayoutStore((state) => state.setShare);
  return [share, (next) => setShare(agentId, next)];
}
