export const LANGUAGES = ["de", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
  return value === "de" || value === "en";
}

/** Where a language can come from, most specific first. */
export interface LanguageSources {
  /** Picked with the DE/EN switch in this window since the last sign-in. */
  session: Language | null;
  /** The signed-in agent's saved language (their profile); null before sign-in. */
  saved: Language | null;
  /** The saved language of whoever last signed in on this machine: the login screen's language. */
  machine: Language | null;
}

/**
 * The console's language. The switch wins for the session it was used in; otherwise the agent's
 * saved setting; before sign-in the last agent's; German otherwise (the desk works in German).
 */
export function languageToShow(sources: LanguageSources): Language {
  return sources.session ?? sources.saved ?? sources.machine ?? "de";
}
