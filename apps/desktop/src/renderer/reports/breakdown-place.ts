import type { BreakdownGrouping, ReportName } from "@emma/core";
import { placeOfFilters, type ReportFilters } from "./report-filters.ts";

/** What the report picker offers: a report, or the key figures side by side by team or by agent. */
export type ReportsPage = ReportName | BreakdownGrouping;

/**
 * The breakdown a URL names (`#/reports/breakdown?by=team|agent&from=…&to=…&team=…`), by team unless
 * it says agent; null: a report's URL. Range and team are read as every report reads them.
 */
export function breakdownOf(place: { rest: readonly string[]; params: Readonly<Record<string, string>> }) {
  if (place.rest[0] !== "breakdown") return null;
  const by: BreakdownGrouping = place.params.by === "agent" ? "agent" : "team";
  return by;
}

/**
 * Where a pick in the report picker leads, keeping the days and the team: a report keeps the agent
 * too; a breakdown by agent is of all agents, so it has none.
 */
export function placeOfPage(
  page: ReportsPage,
  filters: ReportFilters,
): { rest: string[]; params: Record<string, string> } {
  if (page !== "team" && page !== "agent") return placeOfFilters({ ...filters, report: page });
  const params: Record<string, string> = { by: page, from: filters.from, to: filters.to };
  if (filters.teamId !== null) params.team = filters.teamId;
  return { rest: ["breakdown"], params };
}
