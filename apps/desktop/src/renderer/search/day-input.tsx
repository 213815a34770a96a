import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDay, parseDay } from "./day-text.ts";

interface DayInputProps {
  id: string;
  label: string;
  /** "YYYY-MM-DD", or "" for none. */
  value: string;
  onChange: (day: string) => void;
  /** The range this day belongs to is wrong as a whole (the end before the start). */
  rangeError?: string | undefined;
}

/**
 * A day typed as the console's language writes dates (24.12.2025), whatever the machine's locale
 * would make a native date field show. Taken on Enter or on leaving the field; a typo keeps the
 * day chosen before and says what is expected.
 */
export function DayInput({ id, label, value, onChange, rangeError }: DayInputProps) {
  const { t, i18n } = useTranslation();
  const shown = value ? formatDay(value, i18n.language) : "";
  const [text, setText] = useState(shown);
  const [invalid, setInvalid] = useState(false);

  // A change from outside (filters reset, language switched) replaces what is typed.
  useEffect(() => {
    setText(shown);
    setInvalid(false);
  }, [shown]);

  const commit = () => {
    if (text.trim() === "") {
      setInvalid(false);
      if (value !== "") onChange("");
      return;
    }
    const parsed = parseDay(text, new Date().getFullYear());
    setInvalid(!parsed.ok);
    if (!parsed.ok) return;
    setText(formatDay(parsed.day, i18n.language));
    if (parsed.day !== value) onChange(parsed.day);
  };

  const errorId = `${id}-error`;
  return (
    <div className="filter-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        autoComplete="off"
        placeholder={t("search.filters.dayPlaceholder")}
        value={text}
        aria-invalid={invalid || rangeError !== undefined || undefined}
        aria-describedby={invalid || rangeError !== undefined ? errorId : undefined}
        onChange={(event) => setText(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key !== "Enter") return;
          event.preventDefault();
          commit();
        }}
      />
      {invalid ? (
        <p id={errorId} className="error-note filter-error" role="alert">
          {t("search.filters.dayInvalid")}
        </p>
      ) : rangeError !== undefined ? (
        <p id={errorId} className="error-note filter-error" role="alert">
          {rangeError}
        </p>
      ) : null}
    </div>
  );
}
