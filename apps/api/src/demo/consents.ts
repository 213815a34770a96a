import type { ConsentPurpose, CustomerChannel, KnownConsentSource } from "@emma/core";
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

/** What the system of record asks at account opening, and where each answer applies. */
const QUESTIONS = [
  { key: "email", channel: "email", purpose: "service" },
  { key: "phone", channel: "phone", purpose: "service" },
  { key: "marketing", channel: null, purpose: "marketing" },
  { key: "recording", channel: "phone", purpose: "recording" },
] as const satisfies readonly { key: string; channel: CustomerChannel | null; purpose: ConsentPurpose }[];

// How often a question was asked at all, and how often people said yes.
const ODDS: Readonly<Record<(typeof QUESTIONS)[number]["key"], readonly [asked: number, granted: number]>> = {
  email: [0.85, 0.9],
  phone: [0.7, 0.8],
  marketing: [0.6, 0.35],
  recording: [0.65, 0.7],
};

/** At most one imported record per question. Heroes were asked all four and said yes. */
export function demoConsents(random: Random, person: DemoPerson, hero: boolean): DemoConsent[] {
  const consents: DemoConsent[] = [];
  for (const { key, channel, purpose } of QUESTIONS) {
    const [asked, granted] = ODDS[key];
    if (key === "email" && person.email === null) continue;
    if (!hero && !random.chance(asked)) continue;
    const state = hero || random.chance(granted) ? "granted" : "withdrawn";
    consents.push({ channel, purpose, state, source: random.pick(SOURCES) });
  }
  return consents;
}
