import {
  BREAKDOWN_MEASURES,
  BREAKDOWN_UNITS,
  type BreakdownGrouping,
  type BreakdownMeasure,
  type BreakdownRow,
} from "@emma/core";
import { useTranslation } from "react-i18next";
import { formatChange, formatFigure, NO_VALUE } from "./figure-format.ts";
import { nextSort, rowName, trendOf, type BreakdownColumn, type BreakdownSort } from "./breakdown-rows.ts";

interface BreakdownTableProps {
  by: BreakdownGrouping;
  rows: readonly BreakdownRow[];
  total: Pick<BreakdownRow, "current" | "previous">;
  sort: BreakdownSort;
  onSort: (sort: BreakdownSort) => void;
  /** A row's team or agent picked: the reports narrowed to it. */
  onNarrow: (row: BreakdownRow) => void;
}

/**
 * One row per team or agent, one column per key figure: the range's value, and below it the
 * previous range's and the change. Every header sorts (a button, its state in aria-sort); a name
 * is a button to the reports narrowed to it.
 */
export function BreakdownTable({ by, rows, total, sort, onSort, onNarrow }: BreakdownTableProps) {
  const { t } = useTranslation();
  const header = (column: BreakdownColumn, label: string) => (
    <th
      key={column}
      scope="col"
      aria-sort={sort.column === column ? sort.direction : undefined}
      className={column === "name" ? "breakdown-name" : undefined}
    >
      <button type="button" className="breakdown-sort" onClick={() => onSort(nextSort(sort, column))}>
        {label}
        <span aria-hidden="true" className="breakdown-arrow">
          {sort.column === column ? (sort.direction === "ascending" ? "▲" : "▼") : ""}
        </span>
      </button>
    </th>
  );
  return (
    <div className="breakdown-scroll">
      <table className="reports-table breakdown-table" aria-label={t(`reports.breakdown.title.${by}`)}>
        <thead>
          <tr>
            {header("name", t(`reports.breakdown.columns.${by}`))}
            {BREAKDOWN_MEASURES.map((measure) => header(measure, t(`reports.breakdown.columns.${measure}`)))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const name = rowName(row, by, t);
            return (
              <tr key={row.id ?? "none"}>
                <th scope="row" className="breakdown-name">
                  {row.id === null ? (
                    <span className="muted">{name}</span>
                  ) : (
                    <button
                      type="button"
                      className="reports-link"
                      title={t("reports.breakdown.narrow", { name })}
                      onClick={() => onNarrow(row)}
                    >
                      {name}
                    </button>
                  )}
                </th>
                {BREAKDOWN_MEASURES.map((measure) => (
                  <ComparedCell key={measure} measure={measure} row={row} />
                ))}
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" className="breakdown-name">
              {t("reports.breakdown.total")}
            </th>
            {BREAKDOWN_MEASURES.map((measure) => (
              <ComparedCell key={measure} measure={measure} row={total} />
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** The range's value; below it, the previous range's and the change, marked better or worse. */
function ComparedCell(props: { measure: BreakdownMeasure; row: Pick<BreakdownRow, "current" | "previous"> }) {
  const { t, i18n } = useTranslation();
  const { measure, row } = props;
  const unit = BREAKDOWN_UNITS[measure];
  const current = row.current[measure];
  const previous = row.previous[measure];
  const trend = trendOf(measure, current, previous);
  const change = formatChange(current, previous, unit, i18n.language);
  return (
    <td>
      <span className="breakdown-value">{formatFigure(current, unit, i18n.language)}</span>
      <span className="breakdown-compare">
        <span>{t("reports.breakdown.previous", { value: formatFigure(previous, unit, i18n.language) })}</span>
        {change === NO_VALUE ? null : (
          <>
            {" "}
            <span className={trend === null ? "breakdown-change" : `breakdown-change breakdown-${trend}`}>
              {change}
              {trend === null || trend === "same" ? null : (
                <span className="visually-hidden"> ({t(`reports.breakdown.trend.${trend}`)})</span>
              )}
            </span>
          </>
        )}
      </span>
    </td>
  );
}
