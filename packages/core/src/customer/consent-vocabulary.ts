/**
 * Consents arrive from the system of record with its own words for purpose and source (free text
 * in the database). The ones Emma knows have a label in every console language; any other value is
 * shown readably (`readableKey`) rather than hidden, so a new purpose is never lost from view.
 */
export const KNOWN_CONSENT_PURPOSES = ["email", "phone", "marketing", "recording"] as const;
export type KnownConsentPurpose = (typeof KNOWN_CONSENT_PURPOSES)[number];

export const KNOWN_CONSENT_SOURCES = [
  "account-opening",
  "online-banking",
  "app",
  "branch",
  "phone",
  "core-banking",
  "web-form",
  "letter",
] as const;
export type KnownConsentSource = (typeof KNOWN_CONSENT_SOURCES)[number];

const PURPOSES: ReadonlySet<string> = new Set(KNOWN_CONSENT_PURPOSES);
const SOURCES: ReadonlySet<string> = new Set(KNOWN_CONSENT_SOURCES);

export function isKnownConsentPurpose(purpose: string): purpose is KnownConsentPurpose {
  return PURPOSES.has(purpose);
}

export function isKnownConsentSource(source: string): source is KnownConsentSource {
  return SOURCES.has(source);
}
