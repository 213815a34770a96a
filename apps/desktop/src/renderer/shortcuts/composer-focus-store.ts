import { create } from "zustand";

export type ComposerBoxName = "reply" | "note";

interface ComposerFocusState {
  /** The latest request to put the cursor in a box; `seq` makes pressing r twice two requests. */
  request: { box: ComposerBoxName; seq: number } | null;
  focusComposer: (box: ComposerBoxName) => void;
}

/** r and n ask the composer of the open conversation to switch to a box and focus it. */
export const useComposerFocusStore = create<ComposerFocusState>()((set) => ({
  request: null,
  focusComposer: (box) => set((state) => ({ request: { box, seq: (state.request?.seq ?? 0) + 1 } })),
}));
