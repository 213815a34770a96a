import type { PresencePayload } from "@emma/core";
import { create } from "zustand";
import { applyPresence, pruneExpired, type PresenceEntries } from "./presence-model.ts";

interface PresenceState {
  entries: PresenceEntries;
  apply: (event: PresencePayload) => void;
  prune: () => void;
}

/** Who is in which conversation, as heard on the realtime stream; never persisted. */
export const usePresenceStore = create<PresenceState>((set) => ({
  entries: {},
  apply: (event) => set((state) => ({ entries: applyPresence(state.entries, event, Date.now()) })),
  prune: () => set((state) => ({ entries: pruneExpired(state.entries, Date.now()) })),
}));
