import { flushSync } from "react-dom";
import { useTranslation } from "react-i18next";
import { useNavStore } from "../nav/nav-store.ts";
import { SearchFilterBar } from "./search-filter-bar.tsx";
import { SearchResultList } from "./search-result-list.tsx";
import { useSearchStore } from "./search-store.ts";

/** Closes the results (back to the inbox) and gives the focus to the queue list they stood in for. */
export function closeSearchResults(): void {
  // Rendered at once, so the queue list is there to take the focus.
  flushSync(() => useNavStore.getState().goTo("inbox"));
  document.querySelector<HTMLElement>(".conversation-list")?.focus();
}

/**
 * All results, in place of the queue column: the conversation and the customer stay where they
 * are beside it, so the agent can go through hit after hit and return to the queues with Escape.
 */
export function SearchPane() {
  const { t } = useTranslation();
  const text = useSearchStore((state) => state.text);
  return (
    <aside className="pane queue-pane search-pane" aria-labelledby="search-pane-title">
      <div className="search-pane-head">
        <h2 id="search-pane-title" title={text.trim()}>
          {text.trim() ? t("search.resultsFor", { query: text.trim() }) : t("search.resultsLabel")}
        </h2>
        <button
          type="button"
          className="ghost small search-close"
          aria-keyshortcuts="Escape"
          aria-label={t("search.close")}
          title={`${t("search.close")} (Esc)`}
          onClick={closeSearchResults}
        >
          <span aria-hidden="true">✕</span>
        </button>
      </div>
      <SearchFilterBar />
      <SearchResultList onClose={closeSearchResults} />
      <p className="search-pane-hint muted small-text">{t("search.listHint")}</p>
    </aside>
  );
}
