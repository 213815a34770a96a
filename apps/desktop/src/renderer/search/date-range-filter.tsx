import { useTranslation } from "react-i18next";
import { DayInput } from "./day-input.tsx";
import { isDateRangeReversed } from "./search-filters.ts";

interface DateRangeFilterProps {
  fromDate: string;
  toDate: string;
  onChange: (range: { fromDate: string; toDate: string }) => void;
}

/** From and to as calendar days; the to-day counts whole. An end before the start is not searched. */
export function DateRangeFilter({ fromDate, toDate, onChange }: DateRangeFilterProps) {
  const { t } = useTranslation();
  const reversed = isDateRangeReversed({ fromDate, toDate });
  return (
    <div className="filter-row">
      <DayInput
        id="search-filter-from"
        label={t("search.filters.from")}
        value={fromDate}
        onChange={(day) => onChange({ fromDate: day, toDate })}
      />
      <DayInput
        id="search-filter-to"
        label={t("search.filters.to")}
        value={toDate}
        rangeError={reversed ? t("search.filters.rangeReversed") : undefined}
        onChange={(day) => onChange({ fromDate, toDate: day })}
      />
    </div>
  );
}
