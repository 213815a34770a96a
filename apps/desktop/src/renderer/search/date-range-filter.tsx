import { useTranslation } from "react-i18next";
import { formatDate } from "../ui/format.ts";
import { isDateRangeReversed, localDay } from "./search-filters.ts";

interface DateRangeFilterProps {
  fromDate: string;
  toDate: string;
  onChange: (range: { fromDate: string; toDate: string }) => void;
}

/**
 * From and to as calendar days (the to-day counts whole). The native date inputs show the date the
 * way the machine's locale writes it; the line below says the range in the console's language.
 */
export function DateRangeFilter({ fromDate, toDate, onChange }: DateRangeFilterProps) {
  const { t, i18n } = useTranslation();
  const reversed = isDateRangeReversed({ fromDate, toDate });
  const from = localDay(fromDate);
  const to = localDay(toDate);
  return (
    <div className="filter-row">
      <div className="filter-field">
        <label htmlFor="search-filter-from">{t("search.filters.from")}</label>
        <input
          id="search-filter-from"
          type="date"
          value={fromDate}
          max={toDate || undefined}
          aria-invalid={reversed || undefined}
          onChange={(event) => onChange({ fromDate: event.target.value, toDate })}
        />
      </div>
      <div className="filter-field">
        <label htmlFor="search-filter-to">{t("search.filters.to")}</label>
        <input
          id="search-filter-to"
          type="date"
          value={toDate}
          min={fromDate || undefined}
          aria-invalid={reversed || undefined}
          aria-describedby={reversed ? "search-filter-range-error" : undefined}
          onChange={(event) => onChange({ fromDate, toDate: event.target.value })}
        />
      </div>
      {reversed ? (
        <p id="search-filter-range-error" className="error-note filter-wide" role="alert">
          {t("search.filters.rangeReversed")}
        </p>
      ) : from || to ? (
        <p className="muted small-text filter-wide">
          {[from, to].map((date) => (date ? formatDate(date.toISOString(), i18n.language) : "…")).join(" – ")}
        </p>
      ) : null}
    </div>
  );
}
