import { daysBetween, localDateOf, REPORT_MAX_DAYS, type ReportInput } from "@emma/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { saveBlob } from "../files/fetch-file.ts";
import { useNavStore } from "../nav/nav-store.ts";
import { formatDay } from "../search/day-text.ts";
import { ErrorNote } from "../ui/error-note.tsx";
import { ReportBody } from "./report-body.tsx";
import { ReportFilterBar } from "./report-filter-bar.tsx";
import { filtersOfPlace, placeOfFilters, type ReportFilters } from "./report-filters.ts";
import { reportCsvOf } from "./report-rows.ts";
import { useReport } from "./use-report.ts";
import { DrillDownPanel } from "./drill-down-panel.tsx";
import { placeOfPage, type ReportsPage } from "./breakdown-place.ts";
import type { DrillTarget } from "./figure-button.tsx";

/** Days are read in the zone of the machine the supervisor sits at. */
const TIME_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;
/** Contacts per day up to a month; per week beyond (the API's rule). */
const MOST_DAYS_BY_DAY = 31;

/**
 * The reports section. Which report, which days and which team or agent live in the URL
 * (`#/reports/<report>?from=…&to=…&team=…&agent=…`), so a pasted link shows the same numbers.
 */
export function ReportsView() {
  const { t, i18n } = useTranslation();
  const place = useNavStore((s) => s.place);
  const today = localDateOf(new Date(), TIME_ZONE);
  const filters = filtersOfPlace(place, today);
  const [view, setView] = useState<"chart" | "table">("chart");
  const [drill, setDrill] = useState<DrillTarget | null>(null);
  const span = daysBetween(filters.from, filters.to);
  // A longer range than the API takes is cut to its last allowed days rather than refused.
  const from = span < REPORT_MAX_DAYS ? filters.from : filters.to;
  const input: ReportInput = {
    from,
    to: filters.to,
    timeZone: TIME_ZONE,
    bucket: daysBetween(from, filters.to) < MOST_DAYS_BY_DAY ? "day" : "week",
    ...(filters.teamId === null ? {} : { teamId: filters.teamId }),
    ...(filters.agentId === null ? {} : { agentId: filters.agentId }),
  };
  const report = useReport(filters.report, input);
  const change = (next: ReportFilters) => {
    setDrill(null);
    useNavStore.getState().goTo("reports", placeOfFilters(next));
  };
  const pick = (page: ReportsPage) => {
    setDrill(null);
    useNavStore.getState().goTo("reports", placeOfPage(page, filters));
  };
  const exportCsv = () => {
    if (!report.data) return;
    const csv = reportCsvOf(report.data.report, report.data.figures, t, i18n.language);
    saveBlob(
      new Blob([csv], { type: "text/csv;charset=utf-8" }),
      `emma-${report.data.report}-${report.data.current.from}-${report.data.current.to}.csv`,
    );
  };
  const shown = report.data;

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
      <ReportFilterBar filters={filters} today={today} onChange={change} onPick={pick} />
      {report.error ? <ErrorNote error={report.error} /> : null}
      {report.isPending ? <p className="muted">{t("common.loading")}</p> : null}
      {shown ? (
        <>
          <div className="reports-meta">
            <h2>{t(`reports.names.${shown.report}`)}</h2>
            <p className="muted">
              {t("reports.period", {
                from: formatDay(shown.current.from, i18n.language),
                to: formatDay(shown.current.to, i18n.language),
                previousFrom: formatDay(shown.previous.from, i18n.language),
                previousTo: formatDay(shown.previous.to, i18n.language),
                zone: shown.timeZone,
              })}
            </p>
            {shown.report === "responseTimes" || shown.report === "sla" ? (
              <p className="muted">{t(`reports.basis.${shown.basis}`)}</p>
            ) : null}
            <div className="reports-toggle" role="group" aria-label={t("reports.view")}>
              {(["chart", "table"] as const).map((mode) => (
                <button
                  key={mode}
                  type="button"
                  className="ghost"
                  aria-pressed={view === mode}
                  onClick={() => setView(mode)}
                >
                  {t(`reports.${mode}`)}
                </button>
              ))}
            </div>
          </div>
          <ReportBody report={shown} view={view} onDrill={setDrill} />
          {drill ? (
            <DrillDownPanel
              report={shown.report}
              range={input}
              target={drill}
              onClose={() => setDrill(null)}
            />
          ) : null}
        </>
      ) : null}
    </section>
  );
}
