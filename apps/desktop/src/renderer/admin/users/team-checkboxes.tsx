import { useTranslation } from "react-i18next";
import type { AdminTeam } from "../admin-types.ts";

/** Which teams a user belongs to, one checkbox per team. */
export function TeamCheckboxes({
  teams,
  selected,
  onChange,
}: {
  teams: readonly AdminTeam[];
  selected: readonly string[];
  onChange: (teamIds: string[]) => void;
}) {
  const { t } = useTranslation();
  if (teams.length === 0) return null;
  return (
    <fieldset className="admin-checks">
      <legend>{t("admin.users.fields.teams")}</legend>
      {teams.map((team) => (
        <label key={team.id} className="admin-choice">
          <input
            type="checkbox"
            checked={selected.includes(team.id)}
            onChange={(event) =>
              onChange(
                event.target.checked ? [...selected, team.id] : selected.filter((id) => id !== team.id),
              )
            }
          />
          <span>{team.name}</span>
        </label>
      ))}
    </fieldset>
  );
}
