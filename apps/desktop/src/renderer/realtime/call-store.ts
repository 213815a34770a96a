import { create } from "zustand";

export interface IncomingCall {
  eventId: string;
  customerId: string | null;
  conversationId: string | null;
  from: string;
  at: string;
}

interface CallState {
  calls: IncomingCall[];
  add: (call: IncomingCall) => void;
  dismiss: (eventId: string) => void;
}

/** Ringing calls shown as screen pops, newest first; at most three so the console stays usable. */
export const useCallStore = create<CallState>((set) => ({
  calls: [],
  add: (call) =>
    set((state) =>
      state.calls.some((c) => c.eventId === call.eventId)
        ? state
        : { calls: [call, ...state.calls].slice(0, 3) },
    ),
  dismiss: (eventId) => set((state) => ({ calls: state.calls.filter((c) => c.eventId !== eventId) })),
}));
