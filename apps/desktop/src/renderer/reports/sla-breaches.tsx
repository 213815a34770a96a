import type { SlaReportOutput } from "@emma/core";
import { useTranslation } from "react-i18next";
import { navigateTo } from "../nav/navigate.ts";
import { formatDateTime } from "../ui/format.ts";
import { formatFigure } from "./figure-format.ts";

/** The range's worst SLA breaches; a row opens its conversation. */
export function SlaBreaches({ breaches }: { breaches: SlaReportOutput["breaches"] }) {
  const { t, i18n } = useTranslation();
  if (breaches.length === 0) return <p className="muted">{t("reports.sla.noBreaches")}</p>;
  return (
    <table className="reports-table" aria-label={t("reports.sla.breaches")}>
      <thead>
        <tr>
          <th scope="col">{t("reports.sla.created")}</th>
          <th scope="col">{t("reports.drillDown.channel")}</th>
          <th scope="col">{t("reports.sla.target")}</th>
          <th scope="col">{t("reports.sla.overdue")}</th>
        </tr>
      </thead>
      <tbody>
        {breaches.map((b) => (
          <tr key={b.conversationId}>
            <th scope="row">
              <button
                type="button"
                className="reports-link"
                title={t("reports.drillDown.open")}
                onClick={() =>
                  navigateTo({ kind: "inbox", open: { kind: "conversation", id: b.conversationId } })
                }
              >
                {formatDateTime(b.createdAt, i18n.language)}
              </button>
            </th>
            <td>
              {t(`channels.${b.channel}`)} · {t(`priorities.${b.priority}`)}
            </td>
            <td>{formatFigure(b.targetMinutes, "minutes", i18n.language)}</td>
            <td>{formatFigure(b.overdueMinutes, "minutes", i18n.language)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
