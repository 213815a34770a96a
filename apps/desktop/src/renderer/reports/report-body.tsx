import { useTranslation } from "react-i18next";
import { chartFigures } from "./chart-data.ts";
import { CompareChart } from "./compare-chart.tsx";
import { ContactsChart } from "./contacts-chart.tsx";
import type { DrillTarget } from "./figure-button.tsx";
import { FigureTable } from "./figure-table.tsx";
import { RepeatPairsTable } from "./repeat-pairs-table.tsx";
import { ReportSummary } from "./report-summary.tsx";
import { tableFigures } from "./report-rows.ts";
import { SlaBreaches } from "./sla-breaches.tsx";
import type { ShownReport } from "./use-report.ts";

interface ReportBodyProps {
  report: ShownReport;
  view: "chart" | "table";
  onDrill: (target: DrillTarget) => void;
}

/** One report as a chart or as a table of the same figures; repeat contacts add their channel pairs. */
export function ReportBody({ report, view, onDrill }: ReportBodyProps) {
  const { t } = useTranslation();
  const name = report.report;
  const figures = tableFigures(name, report.figures);
  return (
    <div className="reports-body">
      <ReportSummary report={name} figures={report.figures} />
      {view === "chart" ? (
        <figure
          className="reports-chart"
          aria-label={t("reports.chartLabel", { report: t(`reports.names.${name}`) })}
        >
          {name === "contacts" ? (
            <ContactsChart figures={report.figures} />
          ) : (
            <CompareChart report={name} figures={chartFigures(name, report.figures)} />
          )}
        </figure>
      ) : null}
      {name === "repeatContacts" ? (
        <>
          <h3>{t("reports.repeat.pairs")}</h3>
          <RepeatPairsTable figures={report.figures} onDrill={onDrill} />
        </>
      ) : null}
      {view === "table" ? <FigureTable report={name} figures={figures} onDrill={onDrill} /> : null}
      {report.breaches ? (
        <>
          <h3>{t("reports.sla.breaches")}</h3>
          <SlaBreaches breaches={report.breaches} />
        </>
      ) : null}
    </div>
  );
}
