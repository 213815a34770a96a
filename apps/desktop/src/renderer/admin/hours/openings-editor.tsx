import { useTranslation } from "react-i18next";
import { USUAL_WEEK, WEEKDAYS, type FormProblem, type OpeningForm } from "./service-hours-form.ts";

interface OpeningsEditorProps {
  openings: OpeningForm[];
  problems: FormProblem[];
  onChange: (openings: OpeningForm[]) => void;
}

/** One row per weekday: closed, or one or more times it is open (a lunch break makes two). */
export function OpeningsEditor({ openings, problems, onChange }: OpeningsEditorProps) {
  const { t } = useTranslation();
  const replace = (from: OpeningForm, to: OpeningForm | null) =>
    onChange(openings.flatMap((o) => (o === from ? (to ? [to] : []) : [o])));
  return (
    <table className="openings">
      <caption className="visually-hidden">{t("admin.serviceHours.openingHours")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("admin.serviceHours.weekday")}</th>
          <th scope="col">{t("admin.serviceHours.times")}</th>
        </tr>
      </thead>
      <tbody>
        {WEEKDAYS.map((weekday) => {
          const day = openings.filter((o) => o.weekday === weekday);
          const dayName = t(`admin.serviceHours.weekdays.${String(weekday) as "1"}`);
          const problem = problems.find(
            (p) => (p.kind === "closesBeforeOpens" || p.kind === "overlap") && p.weekday === weekday,
          );
          const usual = USUAL_WEEK.find((o) => o.weekday === weekday) ?? {
            weekday,
            opens: "09:00",
            closes: "13:00",
          };
          return (
            <tr key={weekday} aria-invalid={problem ? true : undefined}>
              <th scope="row">{dayName}</th>
              <td>
                {day.length === 0 ? <span className="muted">{t("admin.serviceHours.closed")}</span> : null}
                {day.map((opening, index) => (
                  <span key={index} className="opening">
                    <input
                      type="time"
                      aria-label={t("admin.serviceHours.opens", { day: dayName })}
                      value={opening.opens}
                      onChange={(event) => replace(opening, { ...opening, opens: event.target.value })}
                    />
                    <span aria-hidden="true">–</span>
                    <input
                      type="time"
                      aria-label={t("admin.serviceHours.closes", { day: dayName })}
                      value={opening.closes}
                      onChange={(event) => replace(opening, { ...opening, closes: event.target.value })}
                    />
                    <button
                      type="button"
                      className="ghost"
                      aria-label={t("admin.serviceHours.removeTime", { day: dayName })}
                      onClick={() => replace(opening, null)}
                    >
                      ×
                    </button>
                  </span>
                ))}
                <button
                  type="button"
                  className="ghost"
                  onClick={() =>
                    onChange([
                      ...openings,
                      day.length === 0
                        ? usual
                        : { weekday, opens: day.at(-1)?.closes ?? "13:00", closes: "18:00" },
                    ])
                  }
                >
                  {day.length === 0 ? t("admin.serviceHours.open") : t("admin.serviceHours.addTime")}
                </button>
                {problem ? (
                  <span className="field-error" role="alert">
                    {t(`admin.serviceHours.${problem.kind}`)}
                  </span>
                ) : null}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
