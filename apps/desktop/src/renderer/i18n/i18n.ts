import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { de } from "./de.ts";
import { en } from "./en.ts";

export const LANGUAGES = ["de", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = "emma.language";

declare module "i18next" {
  interface CustomTypeOptions {
    resources: { translation: typeof de };
  }
}

export function isLanguage(value: unknown): value is Language {
  return value === "de" || value === "en";
}

/** The agent's last choice on this machine, German otherwise (the service desk works in German). */
export function storedLanguage(): Language | null {
  const value = localStorage.getItem(STORAGE_KEY);
  return isLanguage(value) ? value : null;
}

export function rememberLanguage(language: Language): void {
  localStorage.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
}

void i18next.use(initReactI18next).init({
  resources: { de: { translation: de }, en: { translation: en } },
  lng: storedLanguage() ?? "de",
  fallbackLng: "de",
  // React escapes output already; escaping twice would show &amp; in names.
  interpolation: { escapeValue: false },
  returnNull: false,
});
document.documentElement.lang = i18next.language;

export { i18next };
