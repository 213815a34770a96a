import { useTranslation } from "react-i18next";
import { formatSpan } from "../queues/wait-time.ts";
import { formatCount, formatDateTime } from "../ui/format.ts";
import type { LiveQueue } from "./live-types.ts";

/** Each queue's open and pending counts, its longest wait and how many are past the target. */
export function LiveQueues({ queues, now }: { queues: readonly LiveQueue[]; now: Date }) {
  const { t, i18n } = useTranslation();
  const number = (count: number) => formatCount(count, i18n.language);
  return (
    <section aria-labelledby="live-queues">
      <h2 id="live-queues">{t("live.queues")}</h2>
      <table className="live-table">
        <thead>
          <tr>
            <th scope="col">{t("live.columns.queue")}</th>
            <th scope="col" className="number">
              {t("live.columns.open")}
            </th>
            <th scope="col" className="number">
              {t("live.columns.pending")}
            </th>
            <th scope="col">{t("live.columns.oldest")}</th>
            <th scope="col" className="number">
              {t("live.columns.breached")}
            </th>
          </tr>
        </thead>
        <tbody>
          {queues.map((queue) => (
            <tr key={queue.teamId ?? "unassigned"}>
              <th scope="row">
                {queue.teamName === null ? t("live.unassigned") : t("live.team", { name: queue.teamName })}
              </th>
              <td className="number">{number(queue.open)}</td>
              <td className="number">{number(queue.pending)}</td>
              <td>
                {queue.oldestWaitingSince === null ? (
                  <span className="muted">{t("live.nobodyWaits")}</span>
                ) : (
                  <span title={formatDateTime(queue.oldestWaitingSince, i18n.language)}>
                    {formatSpan(now.getTime() - new Date(queue.oldestWaitingSince).getTime(), i18n.language)}
                  </span>
                )}
              </td>
              <td className="number">
                {queue.breached > 0 ? (
                  <span className="sla-badge sla-breached">{number(queue.breached)}</span>
                ) : (
                  number(0)
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
