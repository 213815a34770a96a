import {
  daysBetween,
  localDateOf,
  REPORT_MAX_DAYS,
  type BreakdownGrouping,
  type BreakdownRow,
  type ReportBreakdownInput,
} from "@emma/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../api/trpc.ts";
import { saveBlob } from "../files/fetch-file.ts";
import { useNavStore } from "../nav/nav-store.ts";
import { formatDay } from "../search/day-text.ts";
import { ErrorNote } from "../ui/error-note.tsx";
import { placeOfPage, type ReportsPage } from "./breakdown-place.ts";
import { breakdownCsvOf, FIRST_SORT, narrowedTo, sortRows } from "./breakdown-rows.ts";
import { BreakdownTable } from "./breakdown-table.tsx";
import { ReportFilterBar } from "./report-filter-bar.tsx";
import { filtersOfPlace, placeOfFilters, type ReportFilters } from "./report-filters.ts";

/** Days are read in the zone of the machine the supervisor sits at, as in every report. */
const TIME_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * The key figures of every report side by side per team or per agent
 * (`#/reports/breakdown?by=team|agent&from=…&to=…&team=…`), each beside the previous range: where a
 * supervisor sees which team or agent to look at, and one click narrows the reports to it.
 */
export function BreakdownView({ by }: { by: BreakdownGrouping }) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const place = useNavStore((s) => s.place);
  const today = localDateOf(new Date(), TIME_ZONE);
  const filters = filtersOfPlace(place, today);
  const [sort, setSort] = useState(FIRST_SORT);
  // A longer range than the API takes is cut to its last allowed days rather than refused.
  const from = daysBetween(filters.from, filters.to) < REPORT_MAX_DAYS ? filters.from : filters.to;
  const input: ReportBreakdownInput = {
    from,
    to: filters.to,
    timeZone: TIME_ZONE,
    by,
    ...(filters.teamId === null ? {} : { teamId: filters.teamId }),
  };
  const breakdown = useQuery(
    trpc.reports.breakdown.queryOptions(input, { placeholderData: keepPreviousData }),
  );
  const shown = breakdown.data;
  const rows = shown ? sortRows(shown.rows, sort, i18n.language) : [];
  const go = (next: { rest: string[]; params: Record<string, string> }) =>
    useNavStore.getState().goTo("reports", next);
  const change = (next: ReportFilters) => go(placeOfPage(by, next));
  const pick = (page: ReportsPage) => go(placeOfPage(page, filters));
  const narrow = (row: BreakdownRow) => {
    const narrowed = narrowedTo(row, { by, filters, sort });
    if (narrowed) go(placeOfFilters(narrowed));
  };
  const exportCsv = () => {
    if (!shown) return;
    saveBlob(
      new Blob([breakdownCsvOf(shown, rows, t, i18n.language)], { type: "text/csv;charset=utf-8" }),
      `emma-breakdown-${shown.by}-${shown.current.from}-${shown.current.to}.csv`,
    );
  };

  return (
    <section className="reports-view" aria-labelledby="reports-title">
      <header className="reports-head">
        <div>
          <h1 id="reports-title">{t("reports.title")}</h1>
          <p className="muted">{t("reports.intro")}</p>
        </div>
        <button type="button" disabled={!shown} onClick={exportCsv}>
          {t("reports.export")}
        </button>
      </header>
      <ReportFilterBar filters={filters} today={today} breakdown={by} onChange={change} onPick={pick} />
      {breakdown.error ? <ErrorNote error={breakdown.error} /> : null}
      {breakdown.isPending ? <p className="muted">{t("common.loading")}</p> : null}
      {shown ? (
        <>
          <div className="reports-meta">
            <h2>{t(`reports.breakdown.title.${by}`)}</h2>
            <p className="muted">
              {t("reports.period", {
                from: formatDay(shown.current.from, i18n.language),
                to: formatDay(shown.current.to, i18n.language),
                previousFrom: formatDay(shown.previous.from, i18n.language),
                previousTo: formatDay(shown.previous.to, i18n.language),
                zone: shown.timeZone,
              })}
            </p>
            <p className="muted">{t(`reports.basis.${shown.basis}`)}</p>
            <p className="muted">{t("reports.breakdown.intro")}</p>
            {by === "agent" ? <p className="muted">{t("reports.breakdown.assignee")}</p> : null}
          </div>
          {rows.length === 0 ? (
            <p className="muted">{t(`reports.breakdown.empty.${by}`)}</p>
          ) : (
            <BreakdownTable
              by={by}
              rows={rows}
              total={shown.total}
              sort={sort}
              onSort={setSort}
              onNarrow={narrow}
            />
          )}
        </>
      ) : null}
    </section>
  );
}
