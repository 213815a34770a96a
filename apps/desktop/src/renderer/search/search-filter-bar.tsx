import { CHANNELS, CONVERSATION_STATUSES, DIRECTIONS, type Direction } from "@emma/core";
import { useTranslation } from "react-i18next";
import { ChannelIcon } from "../ui/channel-icon.tsx";
import { AssigneeFilter } from "./assignee-filter.tsx";
import { DateRangeFilter } from "./date-range-filter.tsx";
import { FilterChips } from "./filter-chips.tsx";
import { activeFilterCount } from "./search-filters.ts";
import { useSearchStore } from "./search-store.ts";
import { TeamFilter } from "./team-filter.tsx";

const FORM_ID = "search-filter-form";

function isDirection(value: string): value is Direction {
  return DIRECTIONS.some((direction) => direction === value);
}

/** Channel, direction, dates, status, team and assignee; every change runs the search again. */
export function SearchFilterBar() {
  const { t } = useTranslation();
  const filters = useSearchStore((state) => state.filters);
  const setFilters = useSearchStore((state) => state.setFilters);
  const resetFilters = useSearchStore((state) => state.resetFilters);
  const shown = useSearchStore((state) => state.filtersShown);
  const setShown = useSearchStore((state) => state.setFiltersShown);
  const count = activeFilterCount(filters);

  return (
    <div className="search-filters">
      <div className="search-filters-head">
        <button
          type="button"
          className="ghost small filter-toggle"
          aria-expanded={shown}
          aria-controls={FORM_ID}
          onClick={() => setShown(!shown)}
        >
          <span aria-hidden="true">{shown ? "▾" : "▸"}</span> {t("search.filters.toggle")}
          {count > 0 ? <span className="count">{count}</span> : null}
        </button>
        {count > 0 ? (
          <button type="button" className="link small-text" onClick={resetFilters}>
            {t("search.filters.reset")}
          </button>
        ) : null}
      </div>
      {shown ? (
        <form
          id={FORM_ID}
          className="search-filter-form"
          aria-label={t("search.filters.label")}
          onSubmit={(event) => event.preventDefault()}
        >
          <FilterChips
            legend={t("search.filters.channels")}
            values={CHANNELS}
            chosen={filters.channels}
            labelOf={(channel) => t(`channels.${channel}`)}
            iconOf={(channel) => <ChannelIcon channel={channel} size={12} />}
            onChange={(channels) => setFilters({ channels })}
          />
          <FilterChips
            legend={t("search.filters.statuses")}
            values={CONVERSATION_STATUSES}
            chosen={filters.statuses}
            labelOf={(status) => t(`statuses.${status}`)}
            onChange={(statuses) => setFilters({ statuses })}
          />
          <DateRangeFilter
            fromDate={filters.fromDate}
            toDate={filters.toDate}
            onChange={(range) => setFilters(range)}
          />
          <div className="filter-row">
            <div className="filter-field">
              <label htmlFor="search-filter-direction">{t("search.filters.direction")}</label>
              <select
                id="search-filter-direction"
                value={filters.direction ?? ""}
                onChange={(event) => {
                  const value = event.target.value;
                  setFilters({ direction: isDirection(value) ? value : null });
                }}
              >
                <option value="">{t("search.filters.directionAny")}</option>
                {DIRECTIONS.map((direction) => (
                  <option key={direction} value={direction}>
                    {t(`timeline.${direction}`)}
                  </option>
                ))}
              </select>
            </div>
            <TeamFilter value={filters.teamId} onChange={(teamId) => setFilters({ teamId })} />
          </div>
          <AssigneeFilter value={filters.assigneeId} onChange={(assigneeId) => setFilters({ assigneeId })} />
        </form>
      ) : null}
    </div>
  );
}
