import { useInfiniteQuery } from "@tanstack/react-query";
import { useMemo, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../api/trpc.ts";
import { useUiStore } from "../state/ui-store.ts";
import { ErrorNote } from "../ui/error-note.tsx";
import { ConversationRow } from "./conversation-row.tsx";
import { STATUSES_OF } from "./status-filter.tsx";
import { useListKeyboard } from "./use-list-keyboard.ts";

export function ConversationList() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queue = useUiStore((state) => state.queue);
  const queueStatus = useUiStore((state) => state.queueStatus);
  const selectedId = useUiStore((state) => state.conversationId);
  const openConversation = useUiStore((state) => state.openConversation);
  const listRef = useRef<HTMLUListElement>(null);
  const query = useInfiniteQuery(
    trpc.conversations.list.infiniteQueryOptions(
      { queue, statuses: STATUSES_OF[queueStatus], limit: 50 },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  );
  const items = useMemo(() => query.data?.pages.flatMap((page) => page.items) ?? [], [query.data]);
  useListKeyboard(items, selectedId, (item) => openConversation(item.id, item.customerId), listRef);

  if (query.isPending) return <p className="pane-note">{t("common.loading")}</p>;
  if (query.isError) return <ErrorNote error={query.error} />;

  return (
    <div className="conversation-list-wrap">
      {items.length === 0 ? <p className="pane-note">{t("queues.empty")}</p> : null}
      <ul
        ref={listRef}
        className="conversation-list"
        role="listbox"
        aria-label={t("queues.listLabel")}
        tabIndex={0}
        aria-activedescendant={selectedId ? `conv-${selectedId}` : undefined}
      >
        {items.map((item) => (
          <ConversationRow
            key={item.id}
            item={item}
            selected={item.id === selectedId}
            onOpen={() => openConversation(item.id, item.customerId)}
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
  );
}
