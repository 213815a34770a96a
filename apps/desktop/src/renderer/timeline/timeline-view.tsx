import { useInfiniteQuery } from "@tanstack/react-query";
import { useVirtualizer } from "@tanstack/react-virtual";
import { useEffect, useMemo, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../api/trpc.ts";
import { useUiStore } from "../state/ui-store.ts";
import { ErrorNote } from "../ui/error-note.tsx";
import { ChannelFilter } from "./channel-filter.tsx";
import { ConversationBoundary } from "./conversation-boundary.tsx";
import { TimelineEntry } from "./timeline-entry.tsx";
import { timelineRows } from "./timeline-rows.ts";
import { useTimelineFocus } from "./use-timeline-focus.ts";

const PAGE = 50;

/**
 * Everything the customer did on every channel, newest first. Virtualized (long-standing customers
 * have thousands of items) and paged by the API's keyset cursor down to the very first contact.
 */
export function TimelineView({ customerId, customerName }: { customerId: string; customerName: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const channels = useUiStore((state) => state.timelineChannels);
  const scrollRef = useRef<HTMLDivElement>(null);
  const query = useInfiniteQuery(
    trpc.timeline.list.infiniteQueryOptions(
      { customerId, limit: PAGE, ...(channels.length > 0 ? { channels } : {}) },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  );
  const items = useMemo(() => query.data?.pages.flatMap((page) => page.items) ?? [], [query.data]);
  // Nothing, not even the "first contact" end, until the first page is in.
  const rows = useMemo(
    () => (query.isPending ? [] : timelineRows(items, query.hasNextPage)),
    [items, query.hasNextPage, query.isPending],
  );
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => (rows[index]?.type === "item" ? 96 : 36),
    getItemKey: (index) => rows[index]?.key ?? index,
    overscan: 6,
  });
  const virtualRows = virtualizer.getVirtualItems();
  const lastIndex = virtualRows.at(-1)?.index ?? -1;
  const foundId = useTimelineFocus(
    customerId,
    rows,
    {
      isPending: query.isPending,
      hasNextPage: query.hasNextPage,
      isFetchingNextPage: query.isFetchingNextPage,
      pageCount: query.data?.pages.length ?? 0,
      fetchNextPage: query.fetchNextPage,
    },
    virtualizer,
  );

  useEffect(() => {
    // Fetch the next older page as the agent nears the bottom, one page at a time.
    if (lastIndex >= rows.length - 3 && query.hasNextPage && !query.isFetchingNextPage)
      void query.fetchNextPage();
  }, [lastIndex, rows.length, query]);

  return (
    <section className="timeline" aria-labelledby="timeline-title">
      <div className="timeline-head">
        <h3 id="timeline-title">{t("timeline.title")}</h3>
        <ChannelFilter />
      </div>
      {query.isError ? <ErrorNote error={query.error} /> : null}
      <div
        ref={scrollRef}
        className="timeline-scroll"
        role="feed"
        aria-busy={query.isFetching}
        tabIndex={0}
        aria-label={t("timeline.title")}
      >
        {query.isPending ? <p className="pane-note">{t("common.loading")}</p> : null}
        <div style={{ height: virtualizer.getTotalSize(), position: "relative" }}>
          {virtualRows.map((virtual) => {
            const row = rows[virtual.index];
            if (!row) return null;
            return (
              <div
                key={virtual.key}
                data-index={virtual.index}
                ref={virtualizer.measureElement}
                className="timeline-row"
                style={{
                  position: "absolute",
                  top: 0,
                  left: 0,
                  width: "100%",
                  transform: `translateY(${virtual.start}px)`,
                }}
              >
                {row.type === "item" ? (
                  <TimelineEntry
                    item={row.item}
                    customerName={customerName}
                    highlighted={row.item.id === foundId}
                  />
                ) : row.type === "boundary" ? (
                  <ConversationBoundary item={row.item} customerName={customerName} />
                ) : row.type === "loader" ? (
                  <p className="timeline-end">{t("timeline.loadingMore")}</p>
                ) : (
                  <p className="timeline-end">
                    {items.length === 0 && !query.isPending
                      ? t("timeline.empty")
                      : t("timeline.firstContact")}
                  </p>
                )}
              </div>
            );
          })}
        </div>
      </div>
    </section>
  );
}
