/**
 * Consents imported from the system of record carry its own word for where they were given
 * (kept as the record's note). The ones Emma knows have a label in every console language; any
 * other value is shown readably (`readableKey`) rather than hidden.
 */
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

const SOURCES: ReadonlySet<string> = new Set(KNOWN_CONSENT_SOURCES);

export function isKnownConsentSource(source: string): source is KnownConsentSource {
  return SOURCES.has(source);
}
