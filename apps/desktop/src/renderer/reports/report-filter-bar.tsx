import { BREAKDOWN_GROUPINGS, can, REPORT_NAMES, type BreakdownGrouping } from "@emma/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../api/trpc.ts";
import { useMe } from "../auth/use-me.ts";
import { DayInput } from "../search/day-input.tsx";
import type { ReportsPage } from "./breakdown-place.ts";
import { presetOf, presetRange, RANGE_PRESETS, type ReportFilters } from "./report-filters.ts";

interface ReportFilterBarProps {
  filters: ReportFilters;
  today: string;
  /** The key figures side by side, shown instead of a report: no agent to pick then. */
  breakdown?: BreakdownGrouping;
  onChange: (filters: ReportFilters) => void;
  /** A report, or a breakdown, picked. */
  onPick: (page: ReportsPage) => void;
}

/** Which report (or breakdown), which days (a preset or typed), which team or agent. */
export function ReportFilterBar({ filters, today, breakdown, onChange, onPick }: ReportFilterBarProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const me = useMe();
  const teams = useQuery(trpc.teams.list.queryOptions());
  const agents = useQuery(
    trpc.users.directory.queryOptions(undefined, {
      enabled: me !== null && can(me.role, "conversation.assign"),
    }),
  );
  const preset = presetOf(filters, today);
  return (
    <div className="reports-filters" role="group" aria-label={t("reports.filtersLabel")}>
      <div className="reports-picker" role="group" aria-label={t("reports.picker")}>
        {REPORT_NAMES.map((report) => (
          <button
            key={report}
            type="button"
            className="ghost"
            aria-pressed={breakdown === undefined && filters.report === report}
            onClick={() => onPick(report)}
          >
            {t(`reports.names.${report}`)}
          </button>
        ))}
        {BREAKDOWN_GROUPINGS.map((by) => (
          <button
            key={by}
            type="button"
            className="ghost"
            aria-pressed={breakdown === by}
            onClick={() => onPick(by)}
          >
            {t(`reports.breakdown.by.${by}`)}
          </button>
        ))}
      </div>
      <div className="reports-range">
        <div className="reports-presets" role="group" aria-label={t("reports.range")}>
          {RANGE_PRESETS.map((name) => (
            <button
              key={name}
              type="button"
              className="ghost"
              aria-pressed={preset === name}
              onClick={() => onChange({ ...filters, ...presetRange(name, today) })}
            >
              {t(`reports.presets.${name}`)}
            </button>
          ))}
        </div>
        <DayInput
          id="reports-from"
          label={t("reports.from")}
          value={filters.from}
          onChange={(day) => {
            if (day !== "") onChange({ ...filters, from: day, to: day > filters.to ? day : filters.to });
          }}
        />
        <DayInput
          id="reports-to"
          label={t("reports.to")}
          value={filters.to}
          onChange={(day) => {
            if (day !== "") onChange({ ...filters, to: day, from: day < filters.from ? day : filters.from });
          }}
        />
        {teams.data && teams.data.length > 0 ? (
          <div className="filter-field">
            <label htmlFor="reports-team">{t("reports.team")}</label>
            <select
              id="reports-team"
              value={filters.teamId ?? ""}
              onChange={(event) => onChange({ ...filters, teamId: event.target.value || null })}
            >
              <option value="">{t("reports.teamAny")}</option>
              {teams.data.map((team) => (
                <option key={team.id} value={team.id}>
                  {team.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        {breakdown === undefined && agents.data && agents.data.length > 0 ? (
          <div className="filter-field">
            <label htmlFor="reports-agent">{t("reports.agent")}</label>
            <select
              id="reports-agent"
              value={filters.agentId ?? ""}
              onChange={(event) => onChange({ ...filters, agentId: event.target.value || null })}
            >
              <option value="">{t("reports.agentAny")}</option>
              {agents.data.map((user) => (
                <option key={user.id} value={user.id}>
                  {user.displayName}
                </option>
              ))}
            </select>
          </div>
        ) : null}
      </div>
    </div>
  );
}
