import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { setPasswordUrl } from "../../auth/set-password-link.ts";
import { formatDateTime } from "../../ui/format.ts";
import { AdminDialog } from "../admin-dialog.tsx";
import type { HandoverLink } from "../admin-types.ts";

/** The one-time link, shown this once: Emma sends no mail to staff, so the admin hands it over. */
export function HandoverLinkDialog({
  name,
  link,
  onClose,
}: {
  name: string;
  link: HandoverLink;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const fieldId = useId();
  const hintId = useId();
  const [copied, setCopied] = useState(false);
  const url = setPasswordUrl(window.location, link.token);
  return (
    <AdminDialog title={t("admin.users.link.title", { name })} onClose={onClose} wide>
      <p id={hintId}>{t("admin.users.link.hint", { date: formatDateTime(link.expiresAt, i18n.language) })}</p>
      <label htmlFor={fieldId}>{t("admin.users.link.label")}</label>
      <input
        id={fieldId}
        className="admin-link-field"
        readOnly
        value={url}
        aria-describedby={hintId}
        onFocus={(event) => event.target.select()}
      />
      <div className="button-row admin-actions">
        <button
          type="button"
          className="primary"
          onClick={() => {
            void navigator.clipboard.writeText(url).then(() => setCopied(true));
          }}
        >
          {t("admin.users.link.copy")}
        </button>
        <button type="button" onClick={onClose}>
          {t("common.close")}
        </button>
      </div>
      {copied ? (
        <p role="status" className="small-text">
          {t("admin.users.link.copied")}
        </p>
      ) : null}
    </AdminDialog>
  );
}
