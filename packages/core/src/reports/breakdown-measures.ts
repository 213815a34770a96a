import type { FigureUnit } from "./report-facts.ts";

/** How a breakdown lays the figures side by side: one row per team, or per agent. */
export const BREAKDOWN_GROUPINGS = ["team", "agent"] as const;
export type BreakdownGrouping = (typeof BREAKDOWN_GROUPINGS)[number];

/**
 * The key figures a breakdown gives each team or agent, in column order, each the very number of
 * the report it comes from (in brackets) narrowed to that team or agent: contacts in (contacts),
 * first response median and p90 and resolution median (response times), share of SLA targets met
 * (SLA), calls answered and missed and their talk time (calls), open contacts at the period's end
 * (backlog).
 */
export const BREAKDOWN_MEASURES = [
  "contacts",
  "firstResponseMedian",
  "firstResponseP90",
  "resolutionMedian",
  "slaShare",
  "callsAnswered",
  "callsMissed",
  "talkTime",
  "backlog",
] as const;
export type BreakdownMeasure = (typeof BREAKDOWN_MEASURES)[number];

export const BREAKDOWN_UNITS = {
  contacts: "count",
  firstResponseMedian: "minutes",
  firstResponseP90: "minutes",
  resolutionMedian: "minutes",
  slaShare: "share",
  callsAnswered: "count",
  callsMissed: "count",
  talkTime: "seconds",
  backlog: "count",
} as const satisfies Record<BreakdownMeasure, FigureUnit>;

/** One period's figures of one team or agent; null: nothing to measure (a median of nothing). */
export interface BreakdownValues extends Record<BreakdownMeasure, number | null> {
  contacts: number;
  callsAnswered: number;
  callsMissed: number;
  talkTime: number;
  backlog: number;
}

/** A team or agent with nothing at all: every count 0, every median and share null. */
export function emptyBreakdownValues(): BreakdownValues {
  return {
    contacts: 0,
    firstResponseMedian: null,
    firstResponseP90: null,
    resolutionMedian: null,
    slaShare: null,
    callsAnswered: 0,
    callsMissed: 0,
    talkTime: 0,
    backlog: 0,
  };
}
