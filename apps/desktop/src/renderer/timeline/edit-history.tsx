import type { ItemEdit } from "@emma/core";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../ui/format.ts";

/** "edited", opening the customer's earlier versions, newest first, each with when it was replaced. */
export function EditHistory({ edits, editedAt }: { edits: ItemEdit[]; editedAt: string }) {
  const { t, i18n } = useTranslation();
  return (
    <details className="edit-history">
      <summary title={t("social.editedTitle", { date: formatDateTime(editedAt, i18n.language) })}>
        {t("social.edited")}
      </summary>
      <ol aria-label={t("social.earlierVersions")}>
        {[...edits].reverse().map((edit) => (
          <li key={`${edit.until}-${edit.text}`}>
            <span className="muted small-text">
              {t("social.versionUntil", { date: formatDateTime(edit.until, i18n.language) })}
            </span>{" "}
            <span className="edit-text">{edit.text}</span>
          </li>
        ))}
      </ol>
    </details>
  );
}
