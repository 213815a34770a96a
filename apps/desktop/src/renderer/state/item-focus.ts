/** A found item to bring into view once its conversation, or else the customer's timeline, shows. */
export interface ItemFocus {
  eventId: string;
  /** The thread shows a conversation's newest items; older ones and items outside one are in the timeline. */
  place: "thread" | "timeline";
  conversationId: string | null;
  customerId: string | null;
}

export interface FoundItem {
  eventId: string;
  conversationId: string | null;
  /** The live customer; null for an unknown caller. */
  customerId: string | null;
}

interface OpenView {
  conversationId: string | null;
  customerId: string | null;
}

/**
 * What opens for a found item: its conversation (with its customer, or none for an unknown caller)
 * scrolled to it; an item outside any conversation in its customer's timeline. null: nothing to open.
 */
export function viewOfFoundItem(
  item: FoundItem,
  current: OpenView,
): (OpenView & { itemFocus: ItemFocus }) | null {
  if (item.conversationId !== null) {
    return {
      conversationId: item.conversationId,
      customerId: item.customerId,
      itemFocus: { ...focusOf(item), place: "thread" },
    };
  }
  if (item.customerId === null) return null;
  return {
    customerId: item.customerId,
    // The customer's own conversation stays open beside the timeline; another customer's does not.
    conversationId: current.customerId === item.customerId ? current.conversationId : null,
    itemFocus: { ...focusOf(item), place: "timeline" },
  };
}

/** Only the ids: a search hit passed in as a FoundItem carries text that does not belong in view state. */
function focusOf(item: FoundItem): FoundItem {
  return { eventId: item.eventId, conversationId: item.conversationId, customerId: item.customerId };
}
