import { create } from "zustand";

interface MacroPickerState {
  /** The conversation whose macro list is open (m); null when closed. */
  openFor: string | null;
  open: (conversationId: string) => void;
  close: () => void;
}

export const useMacroPickerStore = create<MacroPickerState>()((set) => ({
  openFor: null,
  open: (conversationId) => set({ openFor: conversationId }),
  close: () => set({ openFor: null }),
}));
