import { germanNationalHolidays } from "@emma/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDay } from "../../search/day-text.ts";

/** Days the desk is closed all day: typed one by one, or Germany's national holidays of a year at once. */
export function HolidaysEditor(props: { holidays: string[]; onChange: (holidays: string[]) => void }) {
  const { t, i18n } = useTranslation();
  const [day, setDay] = useState("");
  const year = new Date().getFullYear();
  const add = (days: string[]) => props.onChange([...new Set([...props.holidays, ...days])].sort());
  return (
    <div className="holidays">
      <h3>{t("admin.serviceHours.holidaysTitle")}</h3>
      <div className="holidays-add">
        <label className="field">
          <span>{t("admin.serviceHours.holiday")}</span>
          <input type="date" value={day} onChange={(event) => setDay(event.target.value)} />
        </label>
        <button
          type="button"
          disabled={!/^\d{4}-\d{2}-\d{2}$/.test(day)}
          onClick={() => {
            add([day]);
            setDay("");
          }}
        >
          {t("admin.serviceHours.addHoliday")}
        </button>
        {[year, year + 1].map((y) => (
          <button key={y} type="button" className="ghost" onClick={() => add(germanNationalHolidays(y))}>
            {t("admin.serviceHours.nationalHolidays", { year: y })}
          </button>
        ))}
      </div>
      {props.holidays.length === 0 ? (
        <p className="muted">{t("admin.serviceHours.noHolidays")}</p>
      ) : (
        <ul className="holiday-list">
          {props.holidays.map((holiday) => (
            <li key={holiday}>
              <time dateTime={holiday}>{formatDay(holiday, i18n.language)}</time>
              <button
                type="button"
                className="ghost"
                aria-label={t("admin.serviceHours.removeHoliday", { day: formatDay(holiday, i18n.language) })}
                onClick={() => props.onChange(props.holidays.filter((h) => h !== holiday))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
