import { AUDIT_ACTIONS } from "@emma/core";
import { useTranslation } from "react-i18next";
import { toggled } from "../search/search-filters.ts";
import { auditActionText } from "./audit-wording.ts";

/** One or several actions, ticked in a drop-down that stays out of the way when closed. */
export function AuditActionFilter({
  value,
  onChange,
}: {
  value: string[];
  onChange: (actions: string[]) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="filter-field">
      <span className="filter-label">{t("audit.actions")}</span>
      <details className="audit-actions">
        <summary>
          {value.length === 0 ? t("audit.actionsAny") : t("audit.actionsCount", { count: value.length })}
        </summary>
        <fieldset>
          <legend className="visually-hidden">{t("audit.actions")}</legend>
          {AUDIT_ACTIONS.map((action) => (
            <label key={action}>
              <input
                type="checkbox"
                checked={value.includes(action)}
                onChange={() => onChange(toggled(value, action))}
              />
              {auditActionText(action, t)}
            </label>
          ))}
        </fieldset>
      </details>
    </div>
  );
}
