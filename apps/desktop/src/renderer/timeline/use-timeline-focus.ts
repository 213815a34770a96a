import type { Virtualizer } from "@tanstack/react-virtual";
import { useEffect, useState } from "react";
import { useUiStore } from "../state/ui-store.ts";
import type { TimelineRow } from "./timeline-rows.ts";

/** How far back the timeline pages to find an item: 40 pages of 50, beyond any thread's history. */
const MAX_PAGES = 40;

interface TimelinePaging {
  isPending: boolean;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  pageCount: number;
  fetchNextPage: () => unknown;
}

/**
 * Pages the timeline back to the item a search led to (the list is virtualized, so the item has
 * to be loaded before it can be scrolled to), centres it and keeps it marked. Returns its id.
 */
export function useTimelineFocus(
  customerId: string,
  rows: readonly TimelineRow[],
  paging: TimelinePaging,
  virtualizer: Virtualizer<HTMLDivElement, Element>,
): string | null {
  const focus = useUiStore((state) => state.itemFocus);
  const focusDone = useUiStore((state) => state.focusDone);
  const [found, setFound] = useState<string | null>(null);
  const { isPending, hasNextPage, isFetchingNextPage, pageCount, fetchNextPage } = paging;

  useEffect(() => {
    if (focus?.place !== "timeline" || focus.customerId !== customerId || isPending) return;
    const index = rows.findIndex((row) => row.type === "item" && row.item.id === focus.eventId);
    if (index !== -1) {
      virtualizer.scrollToIndex(index, { align: "center" });
      setFound(focus.eventId);
      focusDone();
    } else if (hasNextPage && pageCount < MAX_PAGES) {
      if (!isFetchingNextPage) void fetchNextPage();
    } else {
      focusDone();
    }
  }, [
    focus,
    customerId,
    rows,
    isPending,
    hasNextPage,
    isFetchingNextPage,
    pageCount,
    fetchNextPage,
    virtualizer,
    focusDone,
  ]);

  return found;
}
