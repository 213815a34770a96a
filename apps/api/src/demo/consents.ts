import type { KnownConsentPurpose, KnownConsentSource } from "@emma/core";
import type { DemoPerson } from "./person.ts";
import type { Random } from "./random.ts";
import type { DemoConsent } from "./types.ts";

const SOURCES: readonly KnownConsentSource[] = [
  "account-opening",
  "online-banking",
  "app",
  "branch",
  "phone",
];

// How often a purpose was asked about at all, and how often people said yes.
const ODDS: Readonly<Record<KnownConsentPurpose, readonly [asked: number, granted: number]>> = {
  email: [0.85, 0.9],
  phone: [0.7, 0.8],
  marketing: [0.6, 0.35],
  recording: [0.65, 0.7],
};

/** At most one consent per purpose (the table's primary key). Heroes have all four, all granted. */
export function demoConsents(random: Random, person: DemoPerson, hero: boolean): DemoConsent[] {
  const consents: DemoConsent[] = [];
  for (const purpose of ["email", "phone", "marketing", "recording"] as const) {
    const [asked, granted] = ODDS[purpose];
    if (purpose === "email" && person.email === null) continue;
    if (!hero && !random.chance(asked)) continue;
    consents.push({ purpose, granted: hero || random.chance(granted), source: random.pick(SOURCES) });
  }
  return consents;
}
