import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../api/trpc.ts";
import { useSessionStore } from "../auth/session-store.ts";
import { LANGUAGES, rememberLanguage, type Language } from "../i18n/i18n.ts";

/** DE/EN toggle. Signed in, the choice is also saved to the agent's profile on the server. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const signedIn = useSessionStore((state) => state.status === "signed-in");
  const saveLocale = useMutation(trpc.auth.setLocale.mutationOptions());

  const choose = (language: Language) => {
    void i18n.changeLanguage(language);
    rememberLanguage(language);
    if (signedIn) saveLocale.mutate({ locale: language });
  };

  return (
    <div className="language-switch" role="group" aria-label={t("language.label")}>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          aria-pressed={i18n.language === language}
          title={t(`language.${language}`)}
          onClick={() => choose(language)}
        >
          {language.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
