import { CUSTOMER_CHANNELS, PRIORITIES, type Channel, type Priority } from "@emma/core";
import { useTranslation } from "react-i18next";
import { targetHint, type FormProblem, type ServiceHoursForm } from "./service-hours-form.ts";

interface TargetsTableProps {
  targets: ServiceHoursForm["targets"];
  problems: FormProblem[];
  onChange: (targets: ServiceHoursForm["targets"]) => void;
}

/** Minutes to the first answer, per channel (rows) and priority (columns), read aloud beside each. */
export function TargetsTable({ targets, problems, onChange }: TargetsTableProps) {
  const { t, i18n } = useTranslation();
  const set = (channel: Channel, priority: Priority, value: string) =>
    onChange({ ...targets, [channel]: { ...targets[channel], [priority]: value } });
  const order: Priority[] = [...PRIORITIES].reverse();
  return (
    <table className="targets">
      <caption className="visually-hidden">{t("admin.serviceHours.targetsTitle")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("admin.serviceHours.channel")}</th>
          {order.map((priority) => (
            <th key={priority} scope="col">
              {t(`priorities.${priority}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {CUSTOMER_CHANNELS.map((channel) => (
          <tr key={channel}>
            <th scope="row">{t(`channels.${channel}`)}</th>
            {order.map((priority) => {
              const value = targets[channel][priority];
              const bad = problems.some(
                (p) => p.kind === "badTarget" && p.channel === channel && p.priority === priority,
              );
              const hintId = `target-${channel}-${priority}`;
              return (
                <td key={priority}>
                  <input
                    inputMode="numeric"
                    className="target-input"
                    aria-label={t("admin.serviceHours.targetLabel", {
                      channel: t(`channels.${channel}`),
                      priority: t(`priorities.${priority}`),
                    })}
                    aria-invalid={bad}
                    aria-describedby={hintId}
                    value={value}
                    onChange={(event) => set(channel, priority, event.target.value)}
                  />
                  <span id={hintId} className={bad ? "field-error" : "muted target-hint"}>
                    {bad
                      ? t("admin.serviceHours.badTarget")
                      : t("admin.serviceHours.minutes", { words: targetHint(value, i18n.language) ?? "" })}
                  </span>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
