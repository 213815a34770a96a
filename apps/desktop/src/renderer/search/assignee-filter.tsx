import { can } from "@emma/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../api/trpc.ts";
import { useMe } from "../auth/use-me.ts";

const ANYONE = "";
const NOBODY = "none";

interface AssigneeFilterProps {
  /** undefined: anyone; null: unassigned. */
  value: string | null | undefined;
  onChange: (value: string | null | undefined) => void;
}

/** Me, unassigned, or a colleague from the same directory the assign picker uses. */
export function AssigneeFilter({ value, onChange }: AssigneeFilterProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const me = useMe();
  const directory = useQuery(
    trpc.users.directory.queryOptions(undefined, {
      enabled: me !== null && can(me.role, "conversation.assign"),
    }),
  );
  const colleagues = (directory.data ?? []).filter((user) => user.id !== me?.id);
  return (
    <div className="filter-field">
      <label htmlFor="search-filter-assignee">{t("search.filters.assignee")}</label>
      <select
        id="search-filter-assignee"
        value={value === undefined ? ANYONE : value === null ? NOBODY : value}
        onChange={(event) => {
          const chosen = event.target.value;
          onChange(chosen === ANYONE ? undefined : chosen === NOBODY ? null : chosen);
        }}
      >
        <option value={ANYONE}>{t("search.filters.assigneeAny")}</option>
        {me ? <option value={me.id}>{t("search.filters.assigneeMe")}</option> : null}
        <option value={NOBODY}>{t("search.filters.assigneeNone")}</option>
        {colleagues.map((user) => (
          <option key={user.id} value={user.id}>
            {user.displayName}
          </option>
        ))}
      </select>
    </div>
  );
}
