import { ROLES, type Role } from "@emma/core";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { LANGUAGES, type Language } from "../../i18n/i18n.ts";

interface RoleLanguageFieldsProps {
  role: Role;
  locale: Language;
  onRole: (role: Role) => void;
  onLocale: (locale: Language) => void;
  /** A note beside the role, e.g. that changing it signs the user out. */
  roleNoteId?: string;
}

/** A user's role and console language, side by side, as creating and editing a user both ask. */
export function RoleLanguageFields({ role, locale, onRole, onLocale, roleNoteId }: RoleLanguageFieldsProps) {
  const { t } = useTranslation();
  const ids = { role: useId(), language: useId() };
  return (
    <div className="admin-field-row">
      <div className="admin-field">
        <label htmlFor={ids.role}>{t("admin.users.fields.role")}</label>
        <select
          id={ids.role}
          aria-describedby={roleNoteId}
          value={role}
          onChange={(e) => onRole(ROLES.find((r) => r === e.target.value) ?? role)}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`roles.${r}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="admin-field">
        <label htmlFor={ids.language}>{t("admin.users.fields.language")}</label>
        <select
          id={ids.language}
          value={locale}
          onChange={(e) => onLocale(LANGUAGES.find((l) => l === e.target.value) ?? locale)}
        >
          {LANGUAGES.map((language) => (
            <option key={language} value={language}>
              {t(`language.${language}`)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
