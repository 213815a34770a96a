import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../api/trpc.ts";
import { LANGUAGES, applySavedLanguage, forgetSessionLanguage, type Language } from "../i18n/i18n.ts";
import { ErrorNote } from "../ui/error-note.tsx";

/**
 * The agent's own settings. The saved language is the profile's (auth.setLocale) and applies at
 * every sign-in; saving it also shows it now, replacing whatever the session switch chose.
 */
export function SettingsDialog({ saved, onClose }: { saved: Language; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const titleId = useId();
  const hintId = useId();
  const [choice, setChoice] = useState<Language>(saved);
  const firstRef = useRef<HTMLInputElement>(null);
  const save = useMutation(
    trpc.auth.setLocale.mutationOptions({
      onSuccess: ({ locale }) => {
        queryClient.setQueryData(trpc.auth.me.queryKey(), (me) => (me ? { ...me, locale } : me));
        forgetSessionLanguage();
        applySavedLanguage(locale);
      },
    }),
  );

  useEffect(() => {
    const previous = document.activeElement;
    firstRef.current?.focus();
    return () => {
      if (previous instanceof HTMLElement) previous.focus();
    };
  }, []);

  return (
    <div className="overlay" onClick={onClose}>
      <div
        className="dialog settings-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onClick={(event) => event.stopPropagation()}
        onKeyDown={(event) => {
          // The console's single-key shortcuts stay out of the dialog.
          event.stopPropagation();
          if (event.key === "Escape") onClose();
        }}
      >
        <h2 id={titleId}>{t("settings.title")}</h2>
        <fieldset className="settings-language" aria-describedby={hintId}>
          <legend>{t("settings.savedLanguage")}</legend>
          {LANGUAGES.map((language, index) => (
            <label key={language}>
              <input
                ref={index === 0 ? firstRef : undefined}
                type="radio"
                name="saved-language"
                value={language}
                checked={choice === language}
                onChange={() => setChoice(language)}
              />
              <span lang={language}>{t(`language.${language}`)}</span>
            </label>
          ))}
          <p id={hintId} className="muted small-text">
            {t("settings.savedLanguageHint")}
          </p>
        </fieldset>
        {save.isSuccess && save.data.locale === choice ? (
          <p role="status" className="small-text">
            {t("settings.saved")}
          </p>
        ) : null}
        {save.error ? <ErrorNote error={save.error} /> : null}
        <div className="button-row settings-actions">
          <button
            type="button"
            className="primary"
            disabled={save.isPending}
            onClick={() => save.mutate({ locale: choice })}
          >
            {t("settings.save")}
          </button>
          <button type="button" onClick={onClose}>
            {t("common.close")}
          </button>
        </div>
      </div>
    </div>
  );
}
