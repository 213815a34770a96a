import type { BreakdownGrouping, ReportPeriods } from "@emma/core";
import { sql, type RawBuilder } from "kysely";

/** What every breakdown query is asked: both periods, grouped by team or agent, maybe in one team. */
export interface BreakdownScope {
  periods: ReportPeriods;
  by: BreakdownGrouping;
  teamId: string | undefined;
}

/** Which row a conversation counts in: its team, or the agent it is with now (the reports' filter). */
export function groupOf(by: BreakdownGrouping): RawBuilder<unknown> {
  switch (by) {
    case "team":
      return sql`c.team_id::text`;
    case "agent":
      return sql`c.assignee_id::text`;
    default: {
      const unknown: never = by;
      throw new Error(`Unknown breakdown grouping ${String(unknown)}`);
    }
  }
}

/** Which of the two periods an instant within [previous start, current end) falls in. */
export function periodOf(at: RawBuilder<unknown>, periods: ReportPeriods): RawBuilder<unknown> {
  return sql`case when ${at} < ${periods.current.start} then 'previous' else 'current' end`;
}

/** An instant within either period: what a breakdown query reads. */
export function inEitherPeriod(at: RawBuilder<unknown>, periods: ReportPeriods): RawBuilder<unknown> {
  return sql`${at} >= ${periods.previous.start} and ${at} < ${periods.current.end}`;
}

/**
 * Rows per team or agent and one more with everyone's (`total`, 1), in one pass: grouping sets
 * give the reports' own figures for everyone (a median of everyone is no sum of the rows').
 */
export function perGroupAndTotal(columns: RawBuilder<unknown>[]): RawBuilder<unknown> {
  const rest = sql.join(columns);
  return sql`group by grouping sets ((f.g, ${rest}), (${rest}))`;
}

/** One query row's row of the breakdown: the total, a team or agent, or the one without. */
export type GroupKey = string;
export const TOTAL: GroupKey = "total";
export const NOBODY: GroupKey = "none";

export function groupKey(row: { g: string | null; total: number }): GroupKey {
  if (row.total === 1) return TOTAL;
  return row.g ?? NOBODY;
}

export type PeriodName = "current" | "previous";
