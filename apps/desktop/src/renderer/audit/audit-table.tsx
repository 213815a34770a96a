import type { AuditEntryView } from "@emma/core";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../ui/format.ts";
import { auditActionText, auditActorText, auditDetailsText } from "./audit-wording.ts";

/** The log's entries, newest first; a merged-away customer's entry names the survivor. */
export function AuditTable({ entries }: { entries: readonly AuditEntryView[] }) {
  const { t, i18n } = useTranslation();
  return (
    <table className="audit-table">
      <thead>
        <tr>
          <th scope="col">{t("audit.columns.time")}</th>
          <th scope="col">{t("audit.columns.person")}</th>
          <th scope="col">{t("audit.columns.action")}</th>
          <th scope="col">{t("audit.columns.customer")}</th>
          <th scope="col">{t("audit.columns.details")}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.id}>
            <td>
              <time dateTime={entry.at}>{formatDateTime(entry.at, i18n.language)}</time>
            </td>
            <td>{auditActorText(entry.actor, t)}</td>
            <td>{auditActionText(entry.action, t)}</td>
            <td>
              {entry.customer?.name ?? ""}
              {entry.customer && entry.customer.recordedId !== entry.customer.id ? (
                <span className="muted" title={t("audit.mergedRecord")}>
                  {" "}
                  *
                </span>
              ) : null}
            </td>
            <td className="audit-details">{auditDetailsText(entry.details)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
