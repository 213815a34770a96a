import type { Channel, ConversationStatus, Direction, SearchFilters } from "@emma/core";

/** The filters as the form holds them: dates as the date inputs give them ("YYYY-MM-DD" or ""). */
export interface SearchFilterForm {
  /** Empty: every channel. */
  channels: Channel[];
  direction: Direction | null;
  fromDate: string;
  toDate: string;
  /** Empty: every status. */
  statuses: ConversationStatus[];
  teamId: string | null;
  /** undefined: anyone or nobody; null: only unassigned conversations. */
  assigneeId: string | null | undefined;
}

export const NO_FILTERS: SearchFilterForm = {
  channels: [],
  direction: null,
  fromDate: "",
  toDate: "",
  statuses: [],
  teamId: null,
  assigneeId: undefined,
};

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Midnight at the start of a calendar day on the agent's clock, `days` later; null for no date. */
function localDay(value: string, days = 0): Date | null {
  const parts = DATE.exec(value);
  if (!parts) return null;
  return new Date(Number(parts[1]), Number(parts[2]) - 1, Number(parts[3]) + days);
}

/**
 * The date range the agent means: "from" the start of that day, "to" including that whole day
 * (the API's end is exclusive, so it gets the next midnight).
 */
export function dateRangeOf(form: Pick<SearchFilterForm, "fromDate" | "toDate">): {
  from: Date | null;
  to: Date | null;
} {
  return { from: localDay(form.fromDate), to: localDay(form.toDate, 1) };
}

/** True when the end date lies before the start date: the search is not sent then. */
export function isDateRangeReversed(form: Pick<SearchFilterForm, "fromDate" | "toDate">): boolean {
  const { from, to } = dateRangeOf(form);
  return from !== null && to !== null && from >= to;
}

/** The form as `search.query` takes it: only what narrows the search is sent. */
export function toSearchFilters(form: SearchFilterForm): SearchFilters {
  const { from, to } = dateRangeOf(form);
  const filters: SearchFilters = {};
  if (form.channels.length > 0) filters.channels = form.channels;
  if (form.direction !== null) filters.direction = form.direction;
  if (from) filters.from = from;
  if (to) filters.to = to;
  if (form.statuses.length > 0) filters.statuses = form.statuses;
  if (form.teamId !== null) filters.teamId = form.teamId;
  if (form.assigneeId !== undefined) filters.assigneeId = form.assigneeId;
  return filters;
}

/** How many filters narrow the search, for the "Filter (2)" button. */
export function activeFilterCount(form: SearchFilterForm): number {
  return [
    form.channels.length > 0,
    form.direction !== null,
    form.fromDate !== "" || form.toDate !== "",
    form.statuses.length > 0,
    form.teamId !== null,
    form.assigneeId !== undefined,
  ].filter(Boolean).length;
}

/** Adds a value to a multiple choice or takes it out again. */
export function toggled<T>(values: readonly T[], value: T): T[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}
