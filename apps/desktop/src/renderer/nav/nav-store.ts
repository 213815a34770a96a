import { create } from "zustand";
import { HOME_SECTION, type SectionPath } from "./section-registry.ts";
import type { View } from "./view-route.ts";

/** Why a pasted or opened link shows nothing of what it names. */
export type LinkProblem = "unknown-path" | "bad-id" | "section" | "conversation" | "customer";

/** A customer or conversation opened in this session, for the go-to palette. */
export interface RecentRecord {
  kind: "conversation" | "customer";
  id: string;
  label: string;
}

const RECENT_LIMIT = 8;

interface NavState {
  section: SectionPath;
  place: View["place"];
  linkProblem: LinkProblem | null;
  paletteOpen: boolean;
  /** Newest first. Only in memory: names do not outlive the window. */
  recent: RecentRecord[];
  goTo: (section: SectionPath, place?: View["place"]) => void;
  setLinkProblem: (problem: LinkProblem | null) => void;
  setPaletteOpen: (open: boolean) => void;
  remember: (record: RecentRecord) => void;
  reset: () => void;
}

const NO_PLACE: View["place"] = { rest: [], params: {} };
const initial = {
  section: HOME_SECTION,
  place: NO_PLACE,
  linkProblem: null,
  paletteOpen: false,
  recent: [],
};

/** Which section is shown; the URL follows it (use-route-sync.ts) and back and forward restore it. */
export const useNavStore = create<NavState>()((set) => ({
  ...initial,
  goTo: (section, place = NO_PLACE) => set({ section, place, linkProblem: null }),
  setLinkProblem: (linkProblem) => set({ linkProblem }),
  setPaletteOpen: (paletteOpen) => set({ paletteOpen }),
  remember: (record) =>
    set((state) => ({
      recent: [record, ...state.recent.filter((r) => r.kind !== record.kind || r.id !== record.id)].slice(
        0,
        RECENT_LIMIT,
      ),
    })),
  reset: () => set(initial),
}));
