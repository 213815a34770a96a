import { MAX_RECIPIENTS, MAX_RECIPIENTS_PER_FIELD, RECIPIENT_FIELDS, type RecipientField } from "@emma/core";
import { useTranslation } from "react-i18next";
import type { FieldProblems, RecipientTexts } from "./recipient-texts.ts";

interface MailRecipientFieldsProps {
  value: RecipientTexts;
  problems: Record<RecipientField, FieldProblems>;
  /** Fields whose problems are shown: left once, or all after a send was tried. */
  shown: ReadonlySet<RecipientField>;
  onChange: (value: RecipientTexts) => void;
  onLeave: (field: RecipientField) => void;
}

/** To, Cc and Bcc of an e-mail reply: addresses separated by commas, with or without a name. */
export function MailRecipientFields({ value, problems, shown, onChange, onLeave }: MailRecipientFieldsProps) {
  const { t } = useTranslation();
  return (
    <div className="mail-recipients">
      {RECIPIENT_FIELDS.map((field) => {
        const id = `reply-${field}`;
        const problem = problems[field];
        const visible = shown.has(field) && (problem.invalid.length > 0 || problem.issues.length > 0);
        return (
          <div key={field} className="recipient-row">
            <label htmlFor={id}>{t(`composer.${field}`)}</label>
            <input
              id={id}
              type="text"
              autoComplete="off"
              spellCheck={false}
              value={value[field]}
              placeholder={field === "to" ? "" : t("composer.recipientsHint")}
              aria-invalid={visible}
              aria-describedby={visible ? `${id}-error` : undefined}
              onChange={(event) => onChange({ ...value, [field]: event.target.value })}
              onBlur={() => onLeave(field)}
            />
            {visible ? (
              <p id={`${id}-error`} className="field-error small-text" role="alert">
                {problem.invalid.length > 0
                  ? t("composer.invalidAddresses", { entries: problem.invalid.join(", ") })
                  : null}
                {problem.issues.map((issue) => (
                  <span key={issue}>
                    {" "}
                    {t(`composer.recipientIssue.${issue}`, {
                      max: issue === "over_field_limit" ? MAX_RECIPIENTS_PER_FIELD : MAX_RECIPIENTS,
                    })}
                  </span>
                ))}
              </p>
            ) : null}
          </div>
        );
      })}
    </div>
  );
}
