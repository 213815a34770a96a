import type { Channel, Queue } from "@emma/core";
import { create } from "zustand";
import { createJSONStorage, persist } from "zustand/middleware";
import { viewOfFoundItem, type FoundItem, type ItemFocus } from "./item-focus.ts";

/** Which statuses the queue list shows: the work at hand, what sleeps, or what is done. */
export const QUEUE_STATUSES = ["active", "snoozed", "resolved"] as const;
export type QueueStatus = (typeof QUEUE_STATUSES)[number];

/** A popover of the conversation header, opened by mouse or by its single-key shortcut. */
export type HeaderPanel = "snooze" | "assign" | null;

interface UiState {
  queue: Queue;
  queueStatus: QueueStatus;
  headerPanel: HeaderPanel;
  cannedAdminOpen: boolean;
  conversationId: string | null;
  customerId: string | null;
  /** Channels the timeline shows; empty means every channel. */
  timelineChannels: Channel[];
  shortcutsOpen: boolean;
  /** A found item (search) waiting to be scrolled into view and highlighted. */
  itemFocus: ItemFocus | null;
  setQueue: (queue: Queue) => void;
  setQueueStatus: (queueStatus: QueueStatus) => void;
  setHeaderPanel: (headerPanel: HeaderPanel) => void;
  setCannedAdminOpen: (open: boolean) => void;
  /** customerId null: an unknown caller's conversation, not yet attached to a customer. */
  openConversation: (conversationId: string, customerId: string | null) => void;
  openCustomer: (customerId: string) => void;
  /** Neither a conversation nor a customer: what the bare inbox URL shows. */
  showNothing: () => void;
  toggleTimelineChannel: (channel: Channel) => void;
  clearTimelineChannels: () => void;
  setShortcutsOpen: (open: boolean) => void;
  /** Opens a found item where it lives and brings it into view. */
  openItem: (item: FoundItem) => void;
  /** The thread does not show the item (older than its newest items): the timeline pages to it. */
  focusInTimeline: () => void;
  focusDone: () => void;
  reset: () => void;
}

const initial = {
  queue: "mine" as Queue,
  queueStatus: "active" as QueueStatus,
  headerPanel: null as HeaderPanel,
  cannedAdminOpen: false,
  conversationId: null,
  customerId: null,
  timelineChannels: [],
  shortcutsOpen: false,
  itemFocus: null,
};

/**
 * What the agent is looking at. Server data lives in react-query, never here. Kept per tab in
 * sessionStorage so a reload returns to the same conversation; reset when the session ends.
 */
export const useUiStore = create<UiState>()(
  persist(
    (set) => ({
      ...initial,
      setQueue: (queue) => set({ queue }),
      setQueueStatus: (queueStatus) => set({ queueStatus }),
      setHeaderPanel: (headerPanel) => set({ headerPanel }),
      setCannedAdminOpen: (cannedAdminOpen) => set({ cannedAdminOpen }),
      openConversation: (conversationId, customerId) =>
        set({ conversationId, customerId, headerPanel: null, itemFocus: null }),
      openCustomer: (customerId) =>
        set((state) => ({
          customerId,
          conversationId: state.customerId === customerId ? state.conversationId : null,
          itemFocus: null,
        })),
      showNothing: () => set({ conversationId: null, customerId: null, headerPanel: null, itemFocus: null }),
      toggleTimelineChannel: (channel) =>
        set((state) => ({
          timelineChannels: state.timelineChannels.includes(channel)
            ? state.timelineChannels.filter((c) => c !== channel)
            : [...state.timelineChannels, channel],
        })),
      clearTimelineChannels: () => set({ timelineChannels: [] }),
      setShortcutsOpen: (shortcutsOpen) => set({ shortcutsOpen }),
      openItem: (item) =>
        set((state) => {
          const view = viewOfFoundItem(item, state);
          if (!view) return {};
          // The item must not hide behind the timeline's channel filter.
          return view.itemFocus.place === "timeline"
            ? { ...view, headerPanel: null, timelineChannels: [] }
            : { ...view, headerPanel: null };
        }),
      focusInTimeline: () =>
        // An unknown caller has no timeline: the item cannot be shown, so nothing stays waiting.
        set((state) =>
          state.itemFocus?.customerId
            ? { itemFocus: { ...state.itemFocus, place: "timeline" }, timelineChannels: [] }
            : { itemFocus: null },
        ),
      focusDone: () => set({ itemFocus: null }),
      reset: () => set(initial),
    }),
    {
      name: "emma.view",
      version: 1,
      storage: createJSONStorage(() => sessionStorage),
      partialize: (state) => ({
        queue: state.queue,
        queueStatus: state.queueStatus,
        conversationId: state.conversationId,
        customerId: state.customerId,
        timelineChannels: state.timelineChannels,
      }),
    },
  ),
);
