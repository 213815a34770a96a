import type { ReportName } from "@emma/core";
import { useTranslation } from "react-i18next";
import { formatFigure } from "./figure-format.ts";
import type { ShownFigure } from "./figure-label.ts";

/** The one sentence a report comes down to, where it has one: repeat contacts, the community. */
export function ReportSummary({ report, figures }: { report: ReportName; figures: readonly ShownFigure[] }) {
  const { t, i18n } = useTranslation();
  const value = (key: string) => figures.find((f) => f.key === key)?.current ?? null;
  const share = (key: string) => formatFigure(value(key), "share", i18n.language);
  if (report === "repeatContacts") {
    return (
      <p className="reports-summary">
        {t("reports.repeat.summary", {
          share: share("repeat|all|share"),
          count: value("repeat|all|count") ?? 0,
          customers: value("repeat|all|customers") ?? 0,
        })}
      </p>
    );
  }
  if (report === "community") {
    return (
      <p className="reports-summary">
        {t("reports.community.summary", {
          count: value("community|solvedByCommunity") ?? 0,
          share: share("community|share"),
        })}
      </p>
    );
  }
  return null;
}
