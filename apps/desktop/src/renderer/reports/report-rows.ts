import type { ReportName } from "@emma/core";
import type { TFunction } from "i18next";
import { formatChange, formatFigure } from "./figure-format.ts";
import { figureLabel, type ShownFigure } from "./figure-label.ts";
import { reportCsv } from "./report-csv.ts";

/** The figure's row: its key without the last part ("repeat|phone>email" of "…|count"). */
function rowOf(figure: ShownFigure): string {
  return figure.key.split("|").slice(0, -1).join("|");
}

function isEmpty(figure: ShownFigure): boolean {
  return (figure.current ?? 0) === 0 && (figure.previous ?? 0) === 0;
}

/**
 * The figures the table lists, in reading order. SLA rows and channel pairs with nothing in either
 * period are left out (5 channels make 20 pairs, most of them empty); contacts list the channel
 * totals before the days or weeks.
 */
export function tableFigures(report: ReportName, figures: readonly ShownFigure[]): ShownFigure[] {
  switch (report) {
    case "sla":
    case "repeatContacts": {
      const used = new Set(figures.filter((f) => !isEmpty(f)).map(rowOf));
      return figures.filter((f) => f.key.includes("|all|") || used.has(rowOf(f)));
    }
    case "contacts": {
      const totals = figures.filter((f) => f.key.endsWith("|total"));
      return [...totals, ...figures.filter((f) => !f.key.endsWith("|total"))];
    }
    case "responseTimes":
    case "calls":
    case "backlog":
    case "community":
      return [...figures];
    default: {
      const unknown: never = report;
      throw new Error(`Unknown report ${String(unknown)}`);
    }
  }
}

/** The shown report as CSV: one row per figure of the table, as the table words and writes it. */
export function reportCsvOf(
  report: ReportName,
  figures: readonly ShownFigure[],
  t: TFunction,
  language: string,
): string {
  const header = [
    t("reports.columns.figure"),
    t("reports.columns.current"),
    t("reports.columns.previous"),
    t("reports.columns.change"),
  ];
  const rows = tableFigures(report, figures).map((f) => [
    figureLabel(report, f, t, language),
    formatFigure(f.current, f.unit, language),
    formatFigure(f.previous, f.unit, language),
    formatChange(f.current, f.previous, f.unit, language),
  ]);
  return reportCsv(header, rows, language);
}
