import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useEffect, useState, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../api/trpc.ts";
import { useUiStore } from "../state/ui-store.ts";
import { ErrorNote } from "../ui/error-note.tsx";
import { useDebounced } from "./use-debounced.ts";

export const SEARCH_INPUT_ID = "customer-search";

/** Global customer search (ARIA combobox): type, arrow to a hit, Enter opens the customer. */
export function SearchBox() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const openCustomer = useUiStore((state) => state.openCustomer);
  const [text, setText] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  // Enter pressed before the results for the typed text arrived: open the best hit once they do.
  const [enterPending, setEnterPending] = useState(false);
  const query = useDebounced(text.trim(), 250);
  const search = useQuery(
    trpc.customers.search.queryOptions(
      { query, limit: 8 },
      { enabled: query.length >= 2, placeholderData: keepPreviousData },
    ),
  );
  const hits = search.data ?? [];
  const expanded = open && query.length >= 2;
  const settled = query === text.trim() && !search.isFetching;

  const choose = (customerId: string) => {
    openCustomer(customerId);
    setOpen(false);
    setText("");
    setEnterPending(false);
  };

  useEffect(() => {
    if (!enterPending || !settled) return;
    const first = search.data?.[0];
    if (first) choose(first.id);
    else setEnterPending(false);
    // `choose` is left out of the deps on purpose: it only calls stable setters.
  }, [enterPending, settled, search.data]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      setActive((index) => Math.min(hits.length - 1, index + 1));
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      setActive((index) => Math.max(0, index - 1));
    } else if (event.key === "Enter") {
      const hit = hits[active];
      if (settled && hit) choose(hit.id);
      else if (text.trim().length >= 2) setEnterPending(true);
    } else if (event.key === "Escape") {
      setOpen(false);
      event.currentTarget.blur();
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
        aria-expanded={expanded}
        aria-controls="search-results"
        aria-activedescendant={expanded && hits[active] ? `hit-${hits[active].id}` : undefined}
        aria-keyshortcuts="/"
        placeholder={t("search.placeholder")}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      {expanded ? (
        <ul id="search-results" className="search-results" role="listbox" aria-label={t("search.label")}>
          {search.isError ? (
            <li className="muted">
              <ErrorNote error={search.error} />
            </li>
          ) : search.isPending ? (
            <li className="muted">{t("common.loading")}</li>
          ) : hits.length === 0 ? (
            <li className="muted">{t("search.noResults")}</li>
          ) : (
            hits.map((hit, index) => (
              <li
                key={hit.id}
                id={`hit-${hit.id}`}
                role="option"
                aria-selected={index === active}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(hit.id)}
              >
                <span className="hit-name">{hit.displayName}</span>
                <span className="muted small-text">
                  {hit.identities
                    .slice(0, 3)
                    .map((identity) => identity.display ?? identity.value)
                    .join(" · ")}
                </span>
              </li>
            ))
          )}
        </ul>
      ) : null}
    </div>
  );
}
