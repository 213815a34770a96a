import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../api/trpc.ts";

interface TeamFilterProps {
  value: string | null;
  onChange: (teamId: string | null) => void;
}

/** The teams the API lists to this user; nothing to choose (or refused), no field. */
export function TeamFilter({ value, onChange }: TeamFilterProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const teams = useQuery(trpc.teams.list.queryOptions());
  if (!teams.data || teams.data.length === 0) return null;
  return (
    <div className="filter-field">
      <label htmlFor="search-filter-team">{t("search.filters.team")}</label>
      <select
        id="search-filter-team"
        value={value ?? ""}
        onChange={(event) => onChange(event.target.value === "" ? null : event.target.value)}
      >
        <option value="">{t("search.filters.teamAny")}</option>
        {teams.data.map((team) => (
          <option key={team.id} value={team.id}>
            {team.name}
          </option>
        ))}
      </select>
    </div>
  );
}
