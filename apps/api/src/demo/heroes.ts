import type { CustomerChannel } from "@emma/core";
import type { Gender, NameOrigin } from "./names.ts";
import type { TopicId } from "./topics.ts";
import type { Locale } from "./types.ts";
import type { ThreadVariant } from "./plan.ts";

/** One conversation of a hero's scripted history. */
export interface HeroConversation {
  channel: CustomerChannel;
  topic: TopicId;
  /** When it starts, in days before `now` (fractions for "35 minutes ago"). */
  daysAgo: number;
  variant?: ThreadVariant;
  /** Written from the hero's unlinked identifier: lands on a second customer. */
  split?: true;
}

export interface HeroSpec {
  first: string;
  last: string;
  gender: Gender;
  origin: NameOrigin;
  locale: Locale;
  tags: readonly string[];
  city: string;
  email: string;
  secondEmail: string | null;
  landline: boolean;
  split: "landline" | "second-email" | null;
  splitBridge: boolean;
  twitterHandle: string;
  forumUsername: string;
  story: readonly HeroConversation[];
}

/**
 * The first customers: full cross-channel histories for the demo script. Anna emailed today about the
 * replacement for the card she reported stolen on the phone last week, complained on X, asked in the
 * forum. Jürgen's office landline is not linked; a contact form joins it (merge suggestion). Aylin's
 * university address is not linked; she names her customer number in that mail, so the matcher
 * suggests the two customers as one person, with that as its reason.
 */
export const HEROES: readonly HeroSpec[] = [
  {
    first: "Anna",
    last: "Schneider",
    gender: "f",
    origin: "german",
    locale: "de",
    tags: ["vip"],
    city: "Köln",
    email: "anna.schneider@gmx.de",
    secondEmail: null,
    landline: false,
    split: null,
    splitBridge: false,
    twitterHandle: "anna_schneider",
    forumUsername: "anna_s",
    story: [
      { channel: "email", topic: "card_blocked", daysAgo: 0.025 },
      { channel: "phone", topic: "card_blocked", daysAgo: 6.2, variant: "answered" },
      { channel: "twitter", topic: "fees_complaint", daysAgo: 21, variant: "mention" },
      { channel: "forum", topic: "etf_savings_plan", daysAgo: 45 },
      { channel: "facebook", topic: "app_crash", daysAgo: 80, variant: "messenger" },
      { channel: "email", topic: "statements_missing", daysAgo: 140 },
      { channel: "phone", topic: "loan_question", daysAgo: 230, variant: "voicemail" },
      { channel: "twitter", topic: "app_crash", daysAgo: 300, variant: "dm" },
    ],
  },
  {
    first: "Jürgen",
    last: "Weiß",
    gender: "m",
    origin: "german",
    locale: "de",
    tags: ["business"],
    city: "Berlin",
    email: "juergen@weiß-elektro.de",
    secondEmail: null,
    landline: true,
    split: "landline",
    splitBridge: true,
    twitterHandle: "JuergenWeiss",
    forumUsername: "elektro_weiss",
    story: [
      { channel: "email", topic: "fees_complaint", daysAgo: 3 },
      { channel: "phone", topic: "sepa_missing", daysAgo: 12, variant: "answered", split: true },
      { channel: "twitter", topic: "app_crash", daysAgo: 30, variant: "mention" },
      { channel: "forum", topic: "login_tan", daysAgo: 60 },
      { channel: "facebook", topic: "fees_complaint", daysAgo: 100, variant: "comment" },
      { channel: "phone", topic: "transfer_recall", daysAgo: 200, variant: "missed-callback" },
      { channel: "email", topic: "address_change", daysAgo: 380 },
    ],
  },
  {
    first: "Aylin",
    last: "Yılmaz",
    gender: "f",
    origin: "turkish",
    locale: "de",
    tags: ["student"],
    city: "Köln",
    email: "aylin.yilmaz@posteo.de",
    secondEmail: "a.yilmaz@smail.uni-koeln.de",
    landline: false,
    split: "second-email",
    splitBridge: false,
    twitterHandle: "aylin_ylmz",
    forumUsername: "aylin.y",
    story: [
      { channel: "email", topic: "login_tan", daysAgo: 1 },
      { channel: "phone", topic: "login_tan", daysAgo: 0.9, variant: "answered" },
      { channel: "email", topic: "statements_missing", daysAgo: 9, split: true },
      { channel: "twitter", topic: "app_crash", daysAgo: 15, variant: "dm" },
      { channel: "facebook", topic: "card_blocked", daysAgo: 40, variant: "messenger" },
      { channel: "forum", topic: "etf_savings_plan", daysAgo: 70 },
    ],
  },
  {
    first: "Emily",
    last: "Carter",
    gender: "f",
    origin: "english",
    locale: "en",
    tags: ["new-customer"],
    city: "München",
    email: "emily.carter@gmail.com",
    secondEmail: null,
    landline: false,
    split: null,
    splitBridge: false,
    twitterHandle: "emilycarter_de",
    forumUsername: "emily_c",
    story: [
      { channel: "phone", topic: "address_change", daysAgo: 2, variant: "answered" },
      { channel: "email", topic: "address_change", daysAgo: 2.2 },
      { channel: "twitter", topic: "card_blocked", daysAgo: 10, variant: "mention" },
      { channel: "forum", topic: "app_crash", daysAgo: 25 },
      { channel: "facebook", topic: "sepa_missing", daysAgo: 50, variant: "messenger" },
      { channel: "email", topic: "login_tan", daysAgo: 95 },
    ],
  },
  {
    first: "Frank",
    last: "Böhm",
    gender: "m",
    origin: "german",
    locale: "de",
    tags: ["senior"],
    city: "Hamburg",
    email: "frank.boehm@t-online.de",
    secondEmail: null,
    landline: true,
    split: null,
    splitBridge: false,
    twitterHandle: "FrankBoehm52",
    forumUsername: "frank_b",
    story: [
      { channel: "phone", topic: "loan_question", daysAgo: 0.15, variant: "voicemail" },
      { channel: "email", topic: "loan_question", daysAgo: 5 },
      { channel: "facebook", topic: "fees_complaint", daysAgo: 30, variant: "comment" },
      { channel: "twitter", topic: "statements_missing", daysAgo: 90, variant: "dm" },
      { channel: "forum", topic: "loan_question", daysAgo: 120 },
      { channel: "phone", topic: "sepa_missing", daysAgo: 160, variant: "outbound" },
    ],
  },
];
