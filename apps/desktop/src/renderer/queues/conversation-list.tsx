import { useInfiniteQuery } from "@tanstack/react-query";
import { useEffect, useMemo, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../api/trpc.ts";
import { useMe } from "../auth/use-me.ts";
import { useUiStore } from "../state/ui-store.ts";
import { ErrorNote } from "../ui/error-note.tsx";
import { useNow } from "../ui/use-now.ts";
import { BulkBar } from "./bulk-bar.tsx";
import { ConversationRow } from "./conversation-row.tsx";
import { QueueListHeader } from "./queue-list-header.tsx";
import { useQueueView } from "./queue-view-store.ts";
import { STATUSES_OF } from "./status-filter.tsx";
import { useListKeyboard } from "./use-list-keyboard.ts";
import { useQueueKeys } from "./use-queue-keys.ts";

/** Waiting times and SLA badges count on between refetches; a minute is their finest unit. */
const TICK_MS = 30_000;

export function ConversationList() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const me = useMe();
  const now = useNow(TICK_MS);
  const queue = useUiStore((state) => state.queue);
  const queueStatus = useUiStore((state) => state.queueStatus);
  const selectedId = useUiStore((state) => state.conversationId);
  const openConversation = useUiStore((state) => state.openConversation);
  const order = useQueueView((state) => state.order);
  const tag = useQueueView((state) => state.tag);
  const checked = useQueueView((state) => state.selected);
  const toggle = useQueueView((state) => state.toggle);
  const selectRange = useQueueView((state) => state.selectRange);
  const clearSelection = useQueueView((state) => state.clearSelection);
  const listRef = useRef<HTMLUListElement>(null);
  const query = useInfiniteQuery(
    trpc.conversations.list.infiniteQueryOptions(
      { queue, statuses: STATUSES_OF[queueStatus], order, limit: 50, ...(tag ? { tag } : {}) },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  );
  const items = useMemo(() => query.data?.pages.flatMap((page) => page.items) ?? [], [query.data]);
  const ids = useMemo(() => items.map((item) => item.id), [items]);
  // A bulk action acts on what the agent sees: another view starts with nothing ticked.
  useEffect(() => clearSelection(), [queue, queueStatus, order, tag, clearSelection]);
  useListKeyboard(items, selectedId, (item) => openConversation(item.id, item.customerId), listRef);
  useQueueKeys(ids, selectedId);

  if (query.isPending) return <p className="pane-note">{t("common.loading")}</p>;
  if (query.isError) return <ErrorNote error={query.error} />;

  return (
    <>
      <QueueListHeader ids={ids} />
      <BulkBar />
      <div className="conversation-list-wrap">
        {items.length === 0 ? <p className="pane-note">{t("queues.empty")}</p> : null}
        <ul
          ref={listRef}
          className="conversation-list"
          role="listbox"
          aria-label={t("queues.listLabel")}
          aria-multiselectable={false}
          tabIndex={0}
          aria-activedescendant={selectedId ? `conv-${selectedId}` : undefined}
        >
          {items.map((item) => (
            <ConversationRow
              key={item.id}
              item={item}
              selected={item.id === selectedId}
              checked={checked.includes(item.id)}
              meId={me?.id ?? null}
              now={now}
              onOpen={() => openConversation(item.id, item.customerId)}
              onCheck={(range) => (range ? selectRange(ids, item.id) : toggle(item.id))}
            />
          ))}
        </ul>
        {query.hasNextPage ? (
          <button
            type="button"
            className="ghost load-more"
            onClick={() => void query.fetchNextPage()}
            disabled={query.isFetchingNextPage}
          >
            {query.isFetchingNextPage ? t("common.loading") : t("queues.loadMore")}
          </button>
        ) : null}
      </div>
    </>
  );
}
