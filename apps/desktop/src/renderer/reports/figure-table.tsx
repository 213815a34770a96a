import type { ReportName } from "@emma/core";
import { useTranslation } from "react-i18next";
import { FigureButton, type DrillTarget } from "./figure-button.tsx";
import { formatChange } from "./figure-format.ts";
import { figureLabel, type ShownFigure } from "./figure-label.ts";

interface FigureTableProps {
  report: ReportName;
  figures: readonly ShownFigure[];
  onDrill: (target: DrillTarget) => void;
}

/** Every figure of the report beside its previous-period value and the change. */
export function FigureTable({ report, figures, onDrill }: FigureTableProps) {
  const { t, i18n } = useTranslation();
  return (
    <table
      className="reports-table"
      aria-label={t("reports.tableLabel", { report: t(`reports.names.${report}`) })}
    >
      <thead>
        <tr>
          <th scope="col">{t("reports.columns.figure")}</th>
          <th scope="col">{t("reports.columns.current")}</th>
          <th scope="col">{t("reports.columns.previous")}</th>
          <th scope="col">{t("reports.columns.change")}</th>
        </tr>
      </thead>
      <tbody>
        {figures.map((figure) => {
          const label = figureLabel(report, figure, t, i18n.language);
          return (
            <tr key={figure.key}>
              <th scope="row">{label}</th>
              <td>
                <FigureButton figure={figure} label={label} period="current" onDrill={onDrill} />
              </td>
              <td>
                <FigureButton figure={figure} label={label} period="previous" onDrill={onDrill} />
              </td>
              <td>{formatChange(figure.current, figure.previous, figure.unit, i18n.language)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
