import {
  BREAKDOWN_MEASURES,
  BREAKDOWN_UNITS,
  type BreakdownGrouping,
  type BreakdownMeasure,
  type BreakdownRow,
  type ReportBreakdownOutput,
  type ReportName,
} from "@emma/core";
import type { TFunction } from "i18next";
import { localeOf } from "../ui/format.ts";
import { formatChange, formatFigure } from "./figure-format.ts";
import { reportCsv } from "./report-csv.ts";
import type { ReportFilters } from "./report-filters.ts";

export type BreakdownColumn = "name" | BreakdownMeasure;
export interface BreakdownSort {
  column: BreakdownColumn;
  direction: "ascending" | "descending";
}

export const FIRST_SORT: BreakdownSort = { column: "name", direction: "ascending" };

/**
 * The sort after a click on a column's header: the sorted column turns round; another column
 * starts with names from A and numbers from the largest, the ones a supervisor looks for.
 */
export function nextSort(sort: BreakdownSort, column: BreakdownColumn): BreakdownSort {
  if (sort.column === column)
    return { column, direction: sort.direction === "ascending" ? "descending" : "ascending" };
  return { column, direction: column === "name" ? "ascending" : "descending" };
}

/**
 * The rows in the sort's order by the range's values. Nothing measured (a median of nothing) goes
 * last either way, as does the row without a team or agent in name order; ties go by name.
 */
export function sortRows(
  rows: readonly BreakdownRow[],
  sort: BreakdownSort,
  language: string,
): BreakdownRow[] {
  const collator = new Intl.Collator(localeOf(language));
  const sign = sort.direction === "ascending" ? 1 : -1;
  const byName = (a: BreakdownRow, b: BreakdownRow, direction = 1) => {
    if (a.name === null || b.name === null) return Number(a.name === null) - Number(b.name === null);
    return direction * collator.compare(a.name, b.name);
  };
  const { column } = sort;
  if (column === "name") return [...rows].sort((a, b) => byName(a, b, sign));
  return [...rows].sort((a, b) => {
    const x = a.current[column];
    const y = b.current[column];
    if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1;
    return sign * (x - y) || byName(a, b);
  });
}

/** Which way is good for a figure: fewer minutes, misses and open contacts; more met and taken. */
const BETTER: Record<BreakdownMeasure, "higher" | "lower" | null> = {
  contacts: null,
  firstResponseMedian: "lower",
  firstResponseP90: "lower",
  resolutionMedian: "lower",
  slaShare: "higher",
  callsAnswered: "higher",
  callsMissed: "lower",
  talkTime: null,
  backlog: "lower",
};

/** Whether the figure moved the good way since the previous range; null: no way is good, or no value. */
export function trendOf(
  measure: BreakdownMeasure,
  current: number | null,
  previous: number | null,
): "better" | "worse" | "same" | null {
  const better = BETTER[measure];
  if (better === null || current === null || previous === null) return null;
  if (current === previous) return "same";
  return current > previous === (better === "higher") ? "better" : "worse";
}

/** The report a column's figure comes from: a click on a row opens it, narrowed to the row. */
export function reportOfColumn(column: BreakdownColumn): ReportName {
  switch (column) {
    case "name":
    case "contacts":
      return "contacts";
    case "firstResponseMedian":
    case "firstResponseP90":
    case "resolutionMedian":
      return "responseTimes";
    case "slaShare":
      return "sla";
    case "callsAnswered":
    case "callsMissed":
    case "talkTime":
      return "calls";
    case "backlog":
      return "backlog";
    default: {
      const unknown: never = column;
      throw new Error(`Unknown breakdown column ${String(unknown)}`);
    }
  }
}

/**
 * The reports narrowed to a row's team or agent (an agent within the team the breakdown is of), on
 * the report of the sorted column, same days; null for the row without one: no URL names "nobody".
 */
export function narrowedTo(
  row: BreakdownRow,
  props: { by: BreakdownGrouping; filters: ReportFilters; sort: BreakdownSort },
): ReportFilters | null {
  const { by, filters, sort } = props;
  if (row.id === null) return null;
  const report = reportOfColumn(sort.column);
  return by === "team"
    ? { ...filters, report, teamId: row.id, agentId: null }
    : { ...filters, report, agentId: row.id };
}

/** A row's name as the table shows it. */
export function rowName(row: Pick<BreakdownRow, "name" | "id">, by: BreakdownGrouping, t: TFunction): string {
  if (row.name !== null) return row.name;
  return by === "team" ? t("reports.breakdown.noTeam") : t("reports.breakdown.nobody");
}

/**
 * The breakdown as CSV, rows in the table's order: per figure the range, the previous range and the
 * change, as the table writes them; the total last.
 */
export function breakdownCsvOf(
  breakdown: ReportBreakdownOutput,
  rows: readonly BreakdownRow[],
  t: TFunction,
  language: string,
): string {
  const header = [
    t(`reports.breakdown.columns.${breakdown.by}`),
    ...BREAKDOWN_MEASURES.flatMap((measure) => {
      const name = t(`reports.breakdown.columns.${measure}`);
      return [
        `${name} (${t("reports.columns.current")})`,
        `${name} (${t("reports.columns.previous")})`,
        `${name} (${t("reports.columns.change")})`,
      ];
    }),
  ];
  const line = (name: string, row: Pick<BreakdownRow, "current" | "previous">) => [
    name,
    ...BREAKDOWN_MEASURES.flatMap((measure) => {
      const unit = BREAKDOWN_UNITS[measure];
      const current = row.current[measure];
      const previous = row.previous[measure];
      return [
        formatFigure(current, unit, language),
        formatFigure(previous, unit, language),
        formatChange(current, previous, unit, language),
      ];
    }),
  ];
  return reportCsv(
    header,
    [
      ...rows.map((row) => line(rowName(row, breakdown.by, t), row)),
      line(t("reports.breakdown.total"), breakdown.total),
    ],
    language,
  );
}
