import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { de } from "./de.ts";
import { en } from "./en.ts";
import { isLanguage, languageToShow, type Language } from "./language-choice.ts";

export { LANGUAGES, isLanguage, type Language } from "./language-choice.ts";

// The switch's choice lasts as long as this window's session storage; the saved setting is the
// agent's profile on the server. The machine key only remembers which saved language to greet with.
const SESSION_KEY = "emma.language.session";
const MACHINE_KEY = "emma.language";

declare module "i18next" {
  interface CustomTypeOptions {
    resources: { translation: typeof de };
  }
}

export function sessionLanguage(): Language | null {
  const value = sessionStorage.getItem(SESSION_KEY);
  return isLanguage(value) ? value : null;
}

/** The DE/EN switch: this session only, never the saved setting. */
export function chooseSessionLanguage(language: Language): void {
  sessionStorage.setItem(SESSION_KEY, language);
  showLanguage(language);
}

/** At sign-in, and when the setting is saved, the saved language applies again. */
export function forgetSessionLanguage(): void {
  sessionStorage.removeItem(SESSION_KEY);
}

function machineLanguage(): Language | null {
  const value = localStorage.getItem(MACHINE_KEY);
  return isLanguage(value) ? value : null;
}

/** The signed-in agent's saved language: shown unless switched in this session. */
export function applySavedLanguage(saved: Language): void {
  localStorage.setItem(MACHINE_KEY, saved);
  showLanguage(languageToShow({ session: sessionLanguage(), saved, machine: null }));
}

function showLanguage(language: Language): void {
  if (i18next.language !== language) void i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

void i18next.use(initReactI18next).init({
  resources: { de: { translation: de }, en: { translation: en } },
  lng: languageToShow({ session: sessionLanguage(), saved: null, machine: machineLanguage() }),
  fallbackLng: "de",
  // React escapes output already; escaping twice would show &amp; in names.
  interpolation: { escapeValue: false },
  returnNull: false,
});
document.documentElement.lang = i18next.language;

export { i18next };
