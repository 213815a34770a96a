import { useEffect, useMemo, useState, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { useUiStore } from "../state/ui-store.ts";
import { formatCount } from "../ui/format.ts";
import { CustomerHitContent } from "./customer-hit-content.tsx";
import { HitGroup } from "./hit-group.tsx";
import { ItemHitContent } from "./item-hit-content.tsx";
import { resultHitsOf, type ResultHit } from "./result-hits.ts";
import { SearchError } from "./search-error.tsx";
import { isDateRangeReversed } from "./search-filters.ts";
import { SEARCH_RESULTS_LIST_ID, useSearchStore } from "./search-store.ts";
import { useDebounced } from "./use-debounced.ts";
import { MIN_QUERY, useSearch } from "./use-search.ts";

const PAGE = 20;
/** How far each key moves the active hit; j/k as in the queue list. */
const STEPS: Partial<Record<string, number>> = {
  ArrowDown: 1,
  j: 1,
  ArrowUp: -1,
  k: -1,
  PageDown: 10,
  PageUp: -10,
};

/**
 * Every result, customers first, items by keyset page. The list keeps the focus and walks the hits
 * with the arrows (or j/k); Enter opens one, Escape closes the results.
 */
export function SearchResultList({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const text = useSearchStore((state) => state.text);
  const filters = useSearchStore((state) => state.filters);
  const openCustomer = useUiStore((state) => state.openCustomer);
  const openItem = useUiStore((state) => state.openItem);
  const query = useDebounced(text.trim(), 250);
  const search = useSearch(query, filters, { limit: PAGE, enabled: true });
  const hits = useMemo(() => resultHitsOf(search.data?.pages ?? []), [search.data]);
  const [active, setActive] = useState(0);
  const [openedId, setOpenedId] = useState<string | null>(null);
  const current = hits[Math.min(active, hits.length - 1)];

  // A new query or filter starts again at the top.
  useEffect(() => setActive(0), [query, filters]);
  useEffect(() => {
    if (current) document.getElementById(optionId(current))?.scrollIntoView({ block: "nearest" });
  }, [current]);

  const open = (hit: ResultHit) => {
    setOpenedId(hit.id);
    if (hit.type === "customer") openCustomer(hit.hit.customerId);
    else openItem(hit.hit);
  };

  const move = (step: number) => {
    const next = Math.max(0, Math.min(hits.length - 1, active + step));
    setActive(next);
    // Nearing the end of what is loaded: the next page, one at a time.
    if (next >= hits.length - 2 && search.hasNextPage && !search.isFetchingNextPage)
      void search.fetchNextPage();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const step = STEPS[event.key];
    if (step !== undefined) {
      event.preventDefault();
      move(step);
    } else if (event.key === "Home" || event.key === "End") {
      event.preventDefault();
      move(event.key === "Home" ? -hits.length : hits.length);
    } else if (event.key === "Enter" && current) {
      event.preventDefault();
      open(current);
    } else if (event.key === "Escape") {
      event.preventDefault();
      onClose();
    }
  };

  // The date field says what is wrong with a reversed range; nothing is searched meanwhile.
  if (isDateRangeReversed(filters)) return <div className="search-result-scroll" />;
  if (query.length < MIN_QUERY || search.isError || search.isPending)
    return (
      <div className="search-result-scroll">
        {query.length < MIN_QUERY ? (
          <p className="pane-note">{t("search.typeMore")}</p>
        ) : search.isError ? (
          <SearchError error={search.error} />
        ) : (
          <p className="pane-note">{t("common.loading")}</p>
        )}
      </div>
    );

  const customers = hits.filter((hit) => hit.type === "customer");
  const items = hits.filter((hit) => hit.type === "item");
  const option = (hit: ResultHit) => (
    <div
      key={hit.id}
      id={optionId(hit)}
      role="option"
      aria-selected={hit === current}
      className={`result-option${hit.id === openedId ? " opened" : ""}`}
      onClick={() => {
        setActive(hits.indexOf(hit));
        open(hit);
      }}
    >
      {hit.type === "customer" ? <CustomerHitContent hit={hit.hit} /> : <ItemHitContent hit={hit.hit} />}
    </div>
  );

  return (
    <div className="search-result-scroll">
      {hits.length === 0 ? <p className="pane-note">{t("search.noResultsHint")}</p> : null}
      <div
        id={SEARCH_RESULTS_LIST_ID}
        className="search-result-list"
        role="listbox"
        tabIndex={0}
        aria-label={t("search.resultsLabel")}
        aria-activedescendant={current ? optionId(current) : undefined}
        aria-busy={search.isFetching}
        onKeyDown={onKeyDown}
      >
        {customers.length > 0 ? (
          <HitGroup
            id="search-group-customers"
            label={t("search.customers")}
            count={formatCount(customers.length, i18n.language)}
          >
            {customers.map(option)}
          </HitGroup>
        ) : null}
        {items.length > 0 ? (
          <HitGroup
            id="search-group-items"
            label={t("search.items")}
            count={
              search.hasNextPage
                ? t("search.countMore", { count: items.length })
                : formatCount(items.length, i18n.language)
            }
          >
            {items.map(option)}
          </HitGroup>
        ) : null}
      </div>
      {search.hasNextPage ? (
        <button
          type="button"
          className="ghost load-more"
          onClick={() => void search.fetchNextPage()}
          disabled={search.isFetchingNextPage}
        >
          {search.isFetchingNextPage ? t("common.loading") : t("search.loadMore")}
        </button>
      ) : null}
    </div>
  );
}

function optionId(hit: ResultHit): string {
  return `result-${hit.id}`;
}
