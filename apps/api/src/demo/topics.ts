import type { DemoTeamName, Locale } from "./types.ts";
import { TOPICS_DE_DIGITAL } from "./topics-de-digital.ts";
import { TOPICS_DE_PAYMENTS } from "./topics-de-payments.ts";
import { TOPICS_EN } from "./topics-en.ts";

/** What bank customers write about. */
export const TOPIC_IDS = [
  "card_blocked",
  "statements_missing",
  "sepa_missing",
  "transfer_recall",
  "login_tan",
  "address_change",
  "loan_question",
  "fees_complaint",
  "app_crash",
  "etf_savings_plan",
] as const;
export type TopicId = (typeof TOPIC_IDS)[number];

/**
 * The texts of one topic in one language. Templates use {variables} from template.ts; greetings and
 * sign-offs are added per channel, so these are bodies only. `subjects` and `openings` are parallel
 * (one subject per opening), and `replies[i]` answers `openings[i]` (cycling when there are fewer).
 */
export interface TopicText {
  /** Email subjects and forum titles. */
  subjects: readonly string[];
  /** The customer's first email or forum post. */
  openings: readonly string[];
  /** The customer writing again in the same thread. */
  followUps: readonly string[];
  /** Our answer by email or in the forum. */
  replies: readonly string[];
  /** A DM, comment or post: short enough for X (≤ 240 characters once filled). */
  shorts: readonly string[];
  /** Our short public or DM answer. */
  shortReplies: readonly string[];
  /** Call transcript lines, customer and agent alternating, customer first. */
  call: readonly string[];
  voicemails: readonly string[];
  /** Other community members answering in the forum. */
  community: readonly string[];
}

export type TopicCatalog = Readonly<Record<TopicId, TopicText>>;

const CATALOG: Readonly<Record<Locale, TopicCatalog>> = {
  de: { ...TOPICS_DE_PAYMENTS, ...TOPICS_DE_DIGITAL },
  en: TOPICS_EN,
};

export function topicText(locale: Locale, topic: TopicId): TopicText {
  return CATALOG[locale][topic];
}

/** Which queue a topic goes to when it does not come in over social media. */
export function topicTeam(topic: TopicId): DemoTeamName {
  switch (topic) {
    case "card_blocked":
    case "sepa_missing":
    case "transfer_recall":
      return "Karten & Zahlungsverkehr";
    case "loan_question":
      return "Baufinanzierung";
    case "statements_missing":
    case "login_tan":
    case "address_change":
    case "fees_complaint":
    case "app_crash":
    case "etf_savings_plan":
      return "Privatkunden";
    default: {
      const unknown: never = topic;
      throw new Error(`unknown topic ${String(unknown)}`);
    }
  }
}
