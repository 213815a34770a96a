import type { AuditFilters } from "@emma/core";
import { dateRangeOf } from "../search/search-filters.ts";

/** The audit filters as the form holds them: days as the day inputs give them ("YYYY-MM-DD" or ""). */
export interface AuditFilterForm {
  /** null: everyone. */
  actorUserId: string | null;
  /** The customer picked, with the name to show; null: every customer. */
  customer: { id: string; name: string } | null;
  /** Empty: every action. */
  actions: string[];
  fromDate: string;
  toDate: string;
}

export const NO_AUDIT_FILTERS: AuditFilterForm = {
  actorUserId: null,
  customer: null,
  actions: [],
  fromDate: "",
  toDate: "",
};

/** The form as `audit.list` and the export take it: days on the agent's clock, the to-day whole. */
export function toAuditFilters(form: AuditFilterForm): AuditFilters {
  const { from, to } = dateRangeOf(form);
  const filters: AuditFilters = {};
  if (form.actorUserId !== null) filters.actorUserId = form.actorUserId;
  if (form.customer !== null) filters.customerId = form.customer.id;
  if (form.actions.length > 0) filters.actions = form.actions;
  if (from) filters.from = from;
  if (to) filters.to = to;
  return filters;
}

export function hasAuditFilters(form: AuditFilterForm): boolean {
  return (
    form.actorUserId !== null ||
    form.customer !== null ||
    form.actions.length > 0 ||
    form.fromDate !== "" ||
    form.toDate !== ""
  );
}
