import { useEffect, useLayoutEffect, useState, type RefObject } from "react";
import type { TimelineItem } from "../api/router-types.ts";
import { useUiStore } from "../state/ui-store.ts";

/**
 * Brings the item a search led to into the middle of the thread and keeps it marked. An item the
 * thread does not hold (older than its newest items) is handed on to the customer's timeline.
 * Returns the marked item's id.
 */
export function useThreadFocus(
  conversationId: string,
  items: readonly TimelineItem[],
  scrollRef: RefObject<HTMLElement | null>,
): string | null {
  const focus = useUiStore((state) => state.itemFocus);
  const focusInTimeline = useUiStore((state) => state.focusInTimeline);
  const focusDone = useUiStore((state) => state.focusDone);
  // A new object per request, so opening the same hit again scrolls again.
  const [found, setFound] = useState<{ eventId: string } | null>(null);

  useLayoutEffect(() => {
    if (focus?.place !== "thread" || focus.conversationId !== conversationId) return;
    if (items.some((item) => item.id === focus.eventId)) {
      setFound({ eventId: focus.eventId });
      focusDone();
    } else {
      focusInTimeline();
    }
  }, [focus, conversationId, items, focusDone, focusInTimeline]);

  // A passive effect, declared after the thread's own scroll to its newest item, so it wins.
  useEffect(() => {
    const container = scrollRef.current;
    if (!found || !container) return;
    const target = container.querySelector(`[data-event-id="${found.eventId}"]`);
    if (target) centerIn(container, target);
  }, [found, scrollRef]);

  return found?.eventId ?? null;
}

/** Scrolls only the thread (scrollIntoView would also move the panes around it). */
function centerIn(container: HTMLElement, target: Element): void {
  const box = container.getBoundingClientRect();
  const item = target.getBoundingClientRect();
  const offset = item.top - box.top - Math.max(0, (box.height - item.height) / 2);
  container.scrollTop += offset;
}
