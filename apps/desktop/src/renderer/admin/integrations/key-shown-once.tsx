import { useId } from "react";
import { useTranslation } from "react-i18next";
import { AdminDialog } from "../admin-dialog.tsx";
import { CopyButton } from "./copy-button.tsx";

/** The new key, this once, with the plain warning that it is never shown again. */
export function KeyShownOnce({
  secret,
  sourceSystem,
  name,
  onClose,
}: {
  secret: string;
  sourceSystem: string;
  name: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const fieldId = useId();
  const warningId = useId();
  return (
    <AdminDialog
      title={t("integrations.shownOnce.title", { source: sourceSystem, name })}
      onClose={onClose}
      wide
    >
      <p id={warningId} className="integrations-warning" role="alert">
        {t("integrations.shownOnce.warning")}
      </p>
      <label htmlFor={fieldId}>{t("integrations.shownOnce.label")}</label>
      <div className="integrations-copy-row">
        <input
          id={fieldId}
          className="admin-link-field"
          readOnly
          value={secret}
          aria-describedby={warningId}
          onFocus={(event) => event.target.select()}
        />
        <CopyButton
          text={secret}
          label={t("integrations.copyNamed", { what: t("integrations.shownOnce.label") })}
        />
      </div>
      <div className="button-row admin-actions">
        <button type="button" className="primary" onClick={onClose}>
          {t("integrations.shownOnce.done")}
        </button>
      </div>
    </AdminDialog>
  );
}
