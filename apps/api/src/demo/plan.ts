import type { CustomerChannel } from "@emma/core";
import { DAY, HOUR, MINUTE } from "./format.ts";
import { HEROES } from "./heroes.ts";
import type { DemoPerson } from "./person.ts";
import type { Random } from "./random.ts";
import type { TopicId } from "./topics.ts";

export type ThreadVariant =
  "answered" | "voicemail" | "missed-callback" | "outbound" | "messenger" | "comment" | "mention" | "dm";

/** A conversation decided before any text is written: products and consents depend on these. */
export interface PlannedConversation {
  channel: CustomerChannel;
  topic: TopicId;
  /** Epoch ms of the first message. */
  start: number;
  variant: ThreadVariant | null;
  /** Written from the person's unlinked identifier. */
  split: boolean;
  /** Heroes get longer threads. */
  long: boolean;
}

/** How far back the history goes: 18 months. */
export const HISTORY_DAYS = 548;
/** Nothing is generated closer to `now` than this, so a bridge can always come after what it joins. */
export const LATEST_GAP = 5 * MINUTE;

type Weights<T> = readonly (readonly [T, number])[];

const TOPIC_WEIGHTS: Readonly<Record<CustomerChannel, Weights<TopicId>>> = {
  email: [
    ["statements_missing", 12],
    ["sepa_missing", 12],
    ["card_blocked", 10],
    ["transfer_recall", 6],
    ["login_tan", 12],
    ["address_change", 10],
    ["loan_question", 6],
    ["fees_complaint", 10],
    ["app_crash", 6],
    ["etf_savings_plan", 6],
  ],
  phone: [
    ["card_blocked", 16],
    ["sepa_missing", 10],
    ["transfer_recall", 10],
    ["login_tan", 14],
    ["address_change", 8],
    ["loan_question", 8],
    ["fees_complaint", 8],
    ["statements_missing", 6],
    ["app_crash", 4],
    ["etf_savings_plan", 4],
  ],
  facebook: [
    ["app_crash", 16],
    ["fees_complaint", 14],
    ["card_blocked", 10],
    ["login_tan", 12],
    ["sepa_missing", 8],
    ["statements_missing", 6],
    ["address_change", 6],
    ["etf_savings_plan", 6],
    ["loan_question", 3],
    ["transfer_recall", 3],
  ],
  twitter: [
    ["app_crash", 18],
    ["fees_complaint", 18],
    ["card_blocked", 12],
    ["login_tan", 14],
    ["sepa_missing", 10],
    ["statements_missing", 4],
    ["address_change", 2],
    ["etf_savings_plan", 6],
    ["loan_question", 2],
    ["transfer_recall", 4],
  ],
  forum: [
    ["etf_savings_plan", 20],
    ["app_crash", 18],
    ["login_tan", 16],
    ["fees_complaint", 10],
    ["card_blocked", 8],
    ["sepa_missing", 6],
    ["loan_question", 8],
    ["statements_missing", 6],
    ["address_change", 3],
    ["transfer_recall", 2],
  ],
};

const VARIANTS: Readonly<Record<CustomerChannel, Weights<ThreadVariant | null>>> = {
  email: [[null, 1]],
  forum: [[null, 1]],
  phone: [
    ["answered", 50],
    ["voicemail", 22],
    ["missed-callback", 13],
    ["outbound", 15],
  ],
  facebook: [
    ["messenger", 65],
    ["comment", 35],
  ],
  twitter: [
    ["mention", 55],
    ["dm", 45],
  ],
};

const COUNTS: Readonly<Record<CustomerChannel, Weights<number>>> = {
  email: [
    [1, 60],
    [2, 28],
    [3, 12],
  ],
  phone: [
    [1, 60],
    [2, 28],
    [3, 12],
  ],
  facebook: [
    [1, 75],
    [2, 25],
  ],
  twitter: [
    [1, 75],
    [2, 25],
  ],
  forum: [
    [1, 75],
    [2, 25],
  ],
};

/** Skewed towards the present (u^2.2): about one conversation in eight started in the last three days. */
function pickStart(random: Random, now: number): number {
  const ageDays = HISTORY_DAYS * random.next() ** 2.2;
  const at = now - ageDays * DAY;
  if (ageDays < 1) return Math.min(at, now - 10 * MINUTE);
  // Older items happen in waking hours (06:00–20:00 UTC), not spread evenly over the night.
  const dayStart = Math.floor(at / DAY) * DAY;
  const timed = dayStart + random.int(6, 19) * HOUR + random.int(0, 59) * MINUTE + random.int(0, 59) * 1000;
  return timed < now - 10 * MINUTE ? timed : at;
}

function planned(
  random: Random,
  channel: CustomerChannel,
  start: number,
  topic?: TopicId,
): PlannedConversation {
  return {
    channel,
    topic: topic ?? random.weighted(TOPIC_WEIGHTS[channel]),
    start,
    variant: random.weighted(VARIANTS[channel]),
    split: false,
    long: false,
  };
}

export function planConversations(random: Random, person: DemoPerson, now: number): PlannedConversation[] {
  const hero = HEROES[person.index];
  if (hero) {
    return hero.story
      .map((c) => ({
        channel: c.channel,
        topic: c.topic,
        start: now - c.daysAgo * DAY,
        variant: c.variant ?? null,
        split: c.split ?? false,
        long: true,
      }))
      .sort((a, b) => a.start - b.start);
  }
  const plan: PlannedConversation[] = [];
  for (const channel of person.channels) {
    const count = random.weighted(COUNTS[channel]);
    for (let i = 0; i < count; i++) plan.push(planned(random, channel, pickStart(random, now)));
  }
  // One problem, two channels: no answer by email, so the customer complains on X the next day.
  const [first, second] = random.sample(person.channels, 2);
  if (first && second && random.chance(0.4)) {
    const gap = random.int(2, 72) * HOUR;
    const start = Math.min(pickStart(random, now), now - gap - 10 * MINUTE);
    const escalated = planned(random, first, start);
    plan.push(escalated, planned(random, second, start + gap, escalated.topic));
  }
  if (person.split !== null) {
    const channel = person.split === "landline" ? "phone" : "email";
    // The unlinked number calls in; the bank does not call numbers it does not know.
    const variant = channel === "phone" ? "answered" : null;
    plan.push({ ...planned(random, channel, pickStart(random, now)), variant, split: true });
  }
  return plan.sort((a, b) => a.start - b.start);
}
