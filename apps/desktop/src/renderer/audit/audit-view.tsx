import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../api/trpc.ts";
import { isDateRangeReversed } from "../search/search-filters.ts";
import { ErrorNote } from "../ui/error-note.tsx";
import { AuditFilterBar } from "./audit-filter-bar.tsx";
import { NO_AUDIT_FILTERS, toAuditFilters } from "./audit-filters.ts";
import { AuditTable } from "./audit-table.tsx";
import { useAuditExport } from "./use-audit-export.ts";

/**
 * The audit log as a screen of its own: supervisors see customer reads and changes, admins
 * everything (the API decides). Filters, newest first, page by page, and the same list as CSV.
 */
export function AuditView() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [form, setForm] = useState(NO_AUDIT_FILTERS);
  const filters = toAuditFilters(form);
  const list = useInfiniteQuery(
    trpc.audit.list.infiniteQueryOptions(
      { filters, limit: 50 },
      {
        enabled: !isDateRangeReversed(form),
        getNextPageParam: (page) => page.nextCursor ?? undefined,
        placeholderData: keepPreviousData,
      },
    ),
  );
  const exportCsv = useAuditExport(filters);
  const entries = list.data?.pages.flatMap((page) => page.entries) ?? [];

  return (
    <section className="audit-view" aria-labelledby="audit-title">
      <header className="audit-head">
        <div>
          <h1 id="audit-title">{t("audit.title")}</h1>
          <p className="muted">{t("audit.intro")}</p>
        </div>
        <button type="button" disabled={exportCsv.isPending} onClick={() => exportCsv.mutate()}>
          {exportCsv.isPending ? t("audit.exporting") : t("audit.export")}
        </button>
      </header>
      {exportCsv.error ? (
        <p className="error-note" role="alert">
          {t("audit.exportFailed", { reason: exportCsv.error.message })}
        </p>
      ) : null}
      <AuditFilterBar form={form} onChange={setForm} />
      {list.error ? <ErrorNote error={list.error} /> : null}
      {list.isPending && !isDateRangeReversed(form) ? <p className="muted">{t("common.loading")}</p> : null}
      {list.isSuccess && entries.length === 0 ? <p className="muted">{t("audit.empty")}</p> : null}
      {entries.length > 0 ? <AuditTable entries={entries} /> : null}
      {list.hasNextPage ? (
        <button
          type="button"
          className="ghost audit-more"
          disabled={list.isFetchingNextPage}
          onClick={() => void list.fetchNextPage()}
        >
          {list.isFetchingNextPage ? t("common.loading") : t("audit.loadMore")}
        </button>
      ) : null}
    </section>
  );
}
