import { addDays, idSchema, REPORT_NAMES, type ReportName } from "@emma/core";

/** What the reports screen shows: which report, for which days, narrowed to a team or an agent. */
export interface ReportFilters {
  report: ReportName;
  /** "YYYY-MM-DD", the first day, included. */
  from: string;
  /** "YYYY-MM-DD", the last day, included. */
  to: string;
  teamId: string | null;
  agentId: string | null;
}

export const RANGE_PRESETS = ["last7", "last30", "last90", "thisMonth"] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A preset's days, today included. */
export function presetRange(preset: RangePreset, today: string): { from: string; to: string } {
  switch (preset) {
    case "last7":
      return { from: addDays(today, -6), to: today };
    case "last30":
      return { from: addDays(today, -29), to: today };
    case "last90":
      return { from: addDays(today, -89), to: today };
    case "thisMonth":
      return { from: `${today.slice(0, 8)}01`, to: today };
    default: {
      const unknown: never = preset;
      throw new Error(`Unknown range preset ${String(unknown)}`);
    }
  }
}

/** The preset these days are, if any: the range buttons show which one is on. */
export function presetOf(range: { from: string; to: string }, today: string): RangePreset | null {
  return (
    RANGE_PRESETS.find((preset) => {
      const days = presetRange(preset, today);
      return days.from === range.from && days.to === range.to;
    }) ?? null
  );
}

function isReportName(name: string | undefined): name is ReportName {
  return REPORT_NAMES.some((report) => report === name);
}

/**
 * The filters a URL names (`#/reports/<report>?from=…&to=…&team=…&agent=…`). What is missing or
 * malformed falls back to the default (contacts, last 30 days), so a mangled pasted link still opens
 * a report; an end before the start is swapped.
 */
export function filtersOfPlace(
  place: { rest: readonly string[]; params: Readonly<Record<string, string>> },
  today: string,
): ReportFilters {
  const [name] = place.rest;
  const { from: defaultFrom, to: defaultTo } = presetRange("last30", today);
  const from =
    place.params.from !== undefined && DAY.test(place.params.from) ? place.params.from : defaultFrom;
  const to = place.params.to !== undefined && DAY.test(place.params.to) ? place.params.to : defaultTo;
  const team = place.params.team;
  const agent = place.params.agent;
  return {
    report: isReportName(name) ? name : "contacts",
    from: from <= to ? from : to,
    to: from <= to ? to : from,
    teamId: idSchema.safeParse(team).success && team !== undefined ? team : null,
    agentId: idSchema.safeParse(agent).success && agent !== undefined ? agent : null,
  };
}

/** The place (path beyond `reports` and parameters) that names these filters: the URL to paste. */
export function placeOfFilters(filters: ReportFilters): {
  rest: string[];
  params: Record<string, string>;
} {
  const params: Record<string, string> = { from: filters.from, to: filters.to };
  if (filters.teamId !== null) params.team = filters.teamId;
  if (filters.agentId !== null) params.agent = filters.agentId;
  return { rest: [filters.report], params };
}
