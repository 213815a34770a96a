import { survivorOf, type OpenSuggestion } from "@emma/core";
import { useInfiniteQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../api/trpc.ts";
import { navigateTo } from "../nav/navigate.ts";
import { ErrorNote } from "../ui/error-note.tsx";
import { formatDate } from "../ui/format.ts";
import { SuggestionActions } from "./suggestion-actions.tsx";
import { SweepPanel } from "./sweep-panel.tsx";
import { SuggestionReasons, SuggestionScore } from "./suggestion-reasons.tsx";
import { channelsText } from "./suggestion-wording.ts";

type SuggestedCustomer = OpenSuggestion["customers"][number];

/**
 * The supervisors' Duplicates page: every open merge suggestion, surest first, a page at a time,
 * both customers side by side as they are today. A new suggestion (realtime `merge.suggested`)
 * refreshes the list, as every merges query does.
 */
export function DuplicatesSection() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const list = useInfiniteQuery(
    trpc.merges.openSuggestions.infiniteQueryOptions(
      { limit: 25 },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  );
  const suggestions = list.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <section className="duplicates-view" aria-labelledby="duplicates-title">
      <header>
        <h1 id="duplicates-title">{t("mergeReview.page.title")}</h1>
        <p className="muted">{t("mergeReview.page.intro")}</p>
      </header>
      <SweepPanel />
      {list.error ? <ErrorNote error={list.error} /> : null}
      {list.isPending ? <p className="muted">{t("common.loading")}</p> : null}
      {list.isSuccess && suggestions.length === 0 ? (
        <p className="muted">{t("mergeReview.page.empty")}</p>
      ) : null}
      <ol className="duplicates-list">
        {suggestions.map((suggestion) => (
          <DuplicateRow key={suggestion.id} suggestion={suggestion} />
        ))}
      </ol>
      {list.hasNextPage ? (
        <button
          type="button"
          className="ghost duplicates-more"
          disabled={list.isFetchingNextPage}
          onClick={() => void list.fetchNextPage()}
        >
          {list.isFetchingNextPage ? t("common.loading") : t("mergeReview.page.loadMore")}
        </button>
      ) : null}
    </section>
  );
}

function DuplicateRow({ suggestion }: { suggestion: OpenSuggestion }) {
  const { t, i18n } = useTranslation();
  const [a, b] = suggestion.customers;
  // The system of record's customer stays, if only one is; otherwise the first.
  const merging = survivorOf(a, b);
  const name = (customer: SuggestedCustomer) => customer.displayName || t("mergeReview.page.unnamed");
  return (
    <li className="duplicate-row" data-suggestion-id={suggestion.id}>
      <div className="duplicate-head">
        <span className="small-text muted">
          {t("mergeReview.page.since", { date: formatDate(suggestion.createdAt, i18n.language) })}
        </span>
        <SuggestionScore score={suggestion.score} />
      </div>
      <div className="duplicate-pair">
        <CustomerCard customer={a} name={name(a)} />
        <CustomerCard customer={b} name={name(b)} />
      </div>
      <SuggestionReasons reasons={suggestion.reasons} />
      <SuggestionActions
        suggestionId={suggestion.id}
        survivorId={merging.survivorId}
        absorbedId={merging.absorbedId}
        label={t("mergeReview.actionsFor", { a: name(a), b: name(b) })}
      />
    </li>
  );
}

function CustomerCard({ customer, name }: { customer: SuggestedCustomer; name: string }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="duplicate-customer">
      <button
        type="button"
        className="link-button duplicate-name"
        aria-label={t("mergeReview.page.open", { name })}
        onClick={() => navigateTo({ kind: "inbox", open: { kind: "customer", id: customer.id } })}
      >
        {name}
      </button>
      <span className="small-text muted">
        {t("mergeReview.knownOn", { channels: channelsText(customer.channels, t, i18n.language) })}
      </span>
      {customer.customerNumber ? (
        <span className="small-text muted">
          {t("mergeReview.customerNumber", { number: customer.customerNumber })}
        </span>
      ) : null}
    </div>
  );
}
