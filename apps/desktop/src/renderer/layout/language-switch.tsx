import { useTranslation } from "react-i18next";
import { LANGUAGES, chooseSessionLanguage } from "../i18n/i18n.ts";

/**
 * DE/EN for this session (this window, until the next sign-in). It never changes the agent's saved
 * language: that is a setting of its own (settings-dialog.tsx), applied at every sign-in.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <div className="language-switch" role="group" aria-label={t("settings.sessionLanguage")}>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          aria-pressed={i18n.language === language}
          title={t(`language.${language}`)}
          onClick={() => chooseSessionLanguage(language)}
        >
          {language.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
