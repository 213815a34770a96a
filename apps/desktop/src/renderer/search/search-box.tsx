import { useState, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { useNavStore } from "../nav/nav-store.ts";
import { useUiStore } from "../state/ui-store.ts";
import { quickOptionsOf, type QuickOption } from "./quick-options.ts";
import { QuickResults } from "./quick-results.tsx";
import { NO_FILTERS } from "./search-filters.ts";
import { closeSearchResults } from "./search-pane.tsx";
import { SEARCH_RESULTS_LIST_ID, useSearchStore } from "./search-store.ts";
import { useDebounced } from "./use-debounced.ts";
import { MIN_QUERY, useSearch } from "./use-search.ts";

export const SEARCH_INPUT_ID = "customer-search";
const QUICK_LIST_ID = "search-results";

/**
 * The one search box (ARIA combobox). Typing shows quick matches — customers and the best items;
 * arrows pick one and Enter opens it. Enter with nothing picked (or "All results") shows every
 * result in place of the queue column, which then follows what is typed; ArrowDown moves into it.
 */
export function SearchBox() {
  const { t } = useTranslation();
  const openCustomer = useUiStore((state) => state.openCustomer);
  const openItem = useUiStore((state) => state.openItem);
  const text = useSearchStore((state) => state.text);
  const setText = useSearchStore((state) => state.setText);
  const resultsOpen = useNavStore((state) => state.section === "search");
  const goTo = useNavStore((state) => state.goTo);
  const [open, setOpen] = useState(false);
  // -1: nothing picked, so Enter shows all results.
  const [active, setActive] = useState(-1);
  const query = useDebounced(text.trim(), 200);
  const expanded = open && !resultsOpen && query.length >= MIN_QUERY;
  const quick = useSearch(query, NO_FILTERS, { limit: 4, enabled: expanded });
  const options = quickOptionsOf(quick.data?.pages[0], text.trim());
  const current = active >= 0 ? options[active] : undefined;

  const choose = (option: QuickOption) => {
    setOpen(false);
    setActive(-1);
    if (option.type === "all") {
      goTo("search");
      return;
    }
    if (option.type === "customer") openCustomer(option.hit.customerId);
    else openItem(option.hit);
    setText("");
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      if (resultsOpen) document.getElementById(SEARCH_RESULTS_LIST_ID)?.focus();
      else {
        setOpen(true);
        setActive((index) => Math.min(options.length - 1, index + 1));
      }
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      setActive((index) => Math.max(-1, index - 1));
    } else if (event.key === "Enter") {
      event.preventDefault();
      if (current && expanded) choose(current);
      else if (text.trim().length >= MIN_QUERY) choose({ type: "all", id: "all" });
    } else if (event.key === "Escape") {
      event.preventDefault();
      if (expanded) setOpen(false);
      else if (resultsOpen) closeSearchResults();
      else event.currentTarget.blur();
    }
  };

  return (
    <div className="search">
      <label htmlFor={SEARCH_INPUT_ID} className="visually-hidden">
        {t("search.label")}
      </label>
      <input
        id={SEARCH_INPUT_ID}
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        // The API takes at most 200 characters; longer text is never a search anyone means.
        maxLength={200}
        aria-expanded={expanded}
        aria-controls={resultsOpen ? SEARCH_RESULTS_LIST_ID : QUICK_LIST_ID}
        aria-activedescendant={expanded && current ? `quick-${current.id}` : undefined}
        aria-keyshortcuts="/"
        placeholder={t("search.placeholder")}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setActive(-1);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      {expanded ? (
        <QuickResults
          id={QUICK_LIST_ID}
          text={text.trim()}
          options={options}
          activeId={current?.id ?? null}
          status={quick.isError ? "error" : quick.isPending ? "loading" : "ready"}
          error={quick.error}
          onChoose={choose}
        />
      ) : null}
    </div>
  );
}
