import { slaState } from "@emma/core";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../ui/format.ts";
import { formatSpan } from "./wait-time.ts";

interface WaitAndSlaProps {
  waitingSince: string | null;
  responseTargetMinutes: number;
  /** From the API: the desk's business hours may put it beyond a night or a weekend. */
  responseDueAt: string | null;
  now: Date;
}

/**
 * How long the customer has waited for us and where that stands against the response target, in
 * words and colour (the words carry it; the colour only helps), counting on as `now` ticks.
 */
export function WaitAndSla({ waitingSince, responseTargetMinutes, responseDueAt, now }: WaitAndSlaProps) {
  const { t, i18n } = useTranslation();
  if (waitingSince === null) return <span className="wait-line muted">{t("queueWork.notWaiting")}</span>;
  const since = new Date(waitingSince);
  const sla = slaState({
    dueAt: responseDueAt === null ? null : new Date(responseDueAt),
    targetMinutes: responseTargetMinutes,
    now,
  });
  const waited = formatSpan(now.getTime() - since.getTime(), i18n.language);
  return (
    <span className="wait-line">
      <span className="wait-time" title={formatDateTime(waitingSince, i18n.language)}>
        {t("queueWork.waitingFor", { duration: waited })}
      </span>
      {sla.state === "none" ? null : (
        <span
          className={`sla-badge sla-${sla.state}`}
          title={t("queueWork.slaDue", { date: formatDateTime(sla.dueAt.toISOString(), i18n.language) })}
        >
          {sla.state === "breached"
            ? t("queueWork.slaBreached", { duration: formatSpan(sla.overdueMs, i18n.language) })
            : t(sla.state === "due_soon" ? "queueWork.slaDueSoon" : "queueWork.slaOk", {
                duration: formatSpan(sla.remainingMs, i18n.language),
              })}
        </span>
      )}
    </span>
  );
}
