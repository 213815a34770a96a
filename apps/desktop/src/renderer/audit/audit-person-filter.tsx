import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../api/trpc.ts";

/** Everyone who may appear in the log, former colleagues too: they stay in it after they leave. */
export function AuditPersonFilter({
  value,
  onChange,
}: {
  value: string | null;
  onChange: (actorUserId: string | null) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const people = useQuery(trpc.audit.people.queryOptions());
  return (
    <div className="filter-field">
      <label htmlFor="audit-filter-person">{t("audit.person")}</label>
      <select
        id="audit-filter-person"
        value={value ?? ""}
        onChange={(event) => onChange(event.target.value === "" ? null : event.target.value)}
      >
        <option value="">{t("audit.personAny")}</option>
        {(people.data ?? []).map((person) => (
          <option key={person.id} value={person.id}>
            {person.active ? person.name : t("audit.inactive", { name: person.name })}
          </option>
        ))}
      </select>
    </div>
  );
}
