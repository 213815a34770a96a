import { useTranslation } from "react-i18next";
import { DayInput } from "../search/day-input.tsx";
import { isDateRangeReversed } from "../search/search-filters.ts";
import { AuditActionFilter } from "./audit-action-filter.tsx";
import { AuditCustomerFilter } from "./audit-customer-filter.tsx";
import { NO_AUDIT_FILTERS, hasAuditFilters, type AuditFilterForm } from "./audit-filters.ts";
import { AuditPersonFilter } from "./audit-person-filter.tsx";

/** Person, customer, actions and days; every change reads the log again. */
export function AuditFilterBar({
  form,
  onChange,
}: {
  form: AuditFilterForm;
  onChange: (form: AuditFilterForm) => void;
}) {
  const { t } = useTranslation();
  const set = (change: Partial<AuditFilterForm>) => onChange({ ...form, ...change });
  return (
    <form
      className="audit-filters"
      aria-label={t("audit.filtersLabel")}
      onSubmit={(event) => event.preventDefault()}
    >
      <AuditPersonFilter value={form.actorUserId} onChange={(actorUserId) => set({ actorUserId })} />
      <AuditCustomerFilter value={form.customer} onChange={(customer) => set({ customer })} />
      <AuditActionFilter value={form.actions} onChange={(actions) => set({ actions })} />
      <DayInput
        id="audit-filter-from"
        label={t("audit.from")}
        value={form.fromDate}
        onChange={(fromDate) => set({ fromDate })}
      />
      <DayInput
        id="audit-filter-to"
        label={t("audit.to")}
        value={form.toDate}
        rangeError={isDateRangeReversed(form) ? t("audit.rangeReversed") : undefined}
        onChange={(toDate) => set({ toDate })}
      />
      {hasAuditFilters(form) ? (
        <button type="button" className="link small-text" onClick={() => onChange(NO_AUDIT_FILTERS)}>
          {t("audit.reset")}
        </button>
      ) : null}
    </form>
  );
}
