import { CHANNELS, CONVERSATION_STATUSES, DIRECTIONS, idSchema } from "@emma/core";
import { NO_FILTERS, type SearchFilterForm } from "../search/search-filters.ts";

const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** The assignee parameter for "only unassigned conversations". */
const NOBODY = "none";

export function isId(value: string): boolean {
  return idSchema.safeParse(value).success;
}

function listOf<T extends string>(value: string | null, allowed: readonly T[]): T[] {
  if (!value) return [];
  const wanted = new Set(value.split(","));
  // In the registry's order, so one search has one URL however it was written.
  return allowed.filter((entry) => wanted.has(entry));
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | null {
  return allowed.find((entry) => entry === value) ?? null;
}

function day(value: string | null): string {
  return value !== null && DAY.test(value) ? value : "";
}

/**
 * The search filters a URL carries. A value the console does not know is left out rather than
 * refusing the link: a colleague's link still shows the search, perhaps a little wider.
 */
export function filtersFromParams(params: URLSearchParams): SearchFilterForm {
  const team = params.get("team");
  const assignee = params.get("assignee");
  return {
    channels: listOf(params.get("channels"), CHANNELS),
    direction: oneOf(params.get("direction"), DIRECTIONS),
    fromDate: day(params.get("from")),
    toDate: day(params.get("to")),
    statuses: listOf(params.get("statuses"), CONVERSATION_STATUSES),
    teamId: team !== null && isId(team) ? team : NO_FILTERS.teamId,
    assigneeId:
      assignee === NOBODY ? null : assignee !== null && isId(assignee) ? assignee : NO_FILTERS.assigneeId,
  };
}

/** The filters that narrow the search, as URL parameters in a fixed order. */
export function paramsOfFilters(filters: SearchFilterForm, params: URLSearchParams): void {
  if (filters.channels.length > 0)
    params.set("channels", listOf(filters.channels.join(","), CHANNELS).join(","));
  if (filters.direction !== null) params.set("direction", filters.direction);
  if (filters.fromDate) params.set("from", filters.fromDate);
  if (filters.toDate) params.set("to", filters.toDate);
  if (filters.statuses.length > 0)
    params.set("statuses", listOf(filters.statuses.join(","), CONVERSATION_STATUSES).join(","));
  if (filters.teamId !== null) params.set("team", filters.teamId);
  if (filters.assigneeId !== undefined) params.set("assignee", filters.assigneeId ?? NOBODY);
}
