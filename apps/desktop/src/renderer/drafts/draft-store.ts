import { create } from "zustand";
import { createJSONStorage, persist } from "zustand/middleware";

import { freshDrafts, type Draft } from "./fresh-drafts.ts";

export type { Draft };

interface DraftState {
  drafts: Record<string, Draft>;
  setReply: (conversationId: string, reply: string) => void;
  setNote: (conversationId: string, note: string) => void;
  clear: (conversationId: string, field: "reply" | "note") => void;
}

const EMPTY: Draft = { reply: "", note: "", updatedAt: 0 };

function update(drafts: Record<string, Draft>, id: string, patch: Partial<Draft>): Record<string, Draft> {
  const next = { ...(drafts[id] ?? EMPTY), ...patch, updatedAt: Date.now() };
  const rest = Object.fromEntries(Object.entries(drafts).filter(([key]) => key !== id));
  return next.reply === "" && next.note === "" ? rest : { ...rest, [id]: next };
}

/**
 * Replies and notes being written, per conversation, kept in localStorage: a reload, a crash or an
 * expired session (which only swaps the screen for the login) never loses what the agent typed.
 */
export const useDraftStore = create<DraftState>()(
  persist(
    (set) => ({
      drafts: {},
      setReply: (id, reply) => set((state) => ({ drafts: update(state.drafts, id, { reply }) })),
      setNote: (id, note) => set((state) => ({ drafts: update(state.drafts, id, { note }) })),
      clear: (id, field) => set((state) => ({ drafts: update(state.drafts, id, { [field]: "" }) })),
    }),
    {
      name: "emma.drafts",
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: (state) => ({ drafts: state.drafts }),
      merge: (persisted, current) => {
        const stored: unknown =
          typeof persisted === "object" && persisted !== null && "drafts" in persisted
            ? persisted.drafts
            : null;
        return { ...current, drafts: freshDrafts(stored, Date.now()) };
      },
    },
  ),
);

export function useDraft(conversationId: string): Draft {
  return useDraftStore((state) => state.drafts[conversationId] ?? EMPTY);
}
