import { useTranslation } from "react-i18next";
import { formatFigure } from "./figure-format.ts";
import type { ShownFigure } from "./figure-label.ts";

/** Which number was clicked: the drill-down lists the conversations behind it. */
export interface DrillTarget {
  key: string;
  period: "current" | "previous";
  label: string;
}

interface FigureButtonProps {
  figure: ShownFigure;
  label: string;
  period: DrillTarget["period"];
  onDrill: (target: DrillTarget) => void;
}

/** A number of the table as a button: one click to the conversations it counts. Nothing: no button. */
export function FigureButton({ figure, label, period, onDrill }: FigureButtonProps) {
  const { t, i18n } = useTranslation();
  const value = figure[period];
  const text = formatFigure(value, figure.unit, i18n.language);
  if (value === null || (figure.unit === "count" && value === 0))
    return <span className="muted">{text}</span>;
  return (
    <button
      type="button"
      className="reports-link reports-number"
      aria-label={t("reports.drill", { figure: label, period: t(`reports.${period}`), value: text })}
      onClick={() => onDrill({ key: figure.key, period, label })}
    >
      {text}
    </button>
  );
}
