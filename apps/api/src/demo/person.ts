import type { CustomerChannel } from "@emma/core";
import { companyDomain, emailAddress, freemailDomain } from "./email-address.ts";
import { HEROES, type HeroSpec } from "./heroes.ts";
import { pickFirstName, pickName, type PersonName } from "./names.ts";
import { CITIES, landlineNumber, mobileNumber, type City } from "./phone.ts";
import { randomFor, type Random } from "./random.ts";
import { forumUsername, providerId, twitterHandle } from "./social-handles.ts";
import type { Locale } from "./types.ts";
import { SPACE_6_DIGITS, uniqueNumber, uniqueSevenDigits } from "./unique-number.ts";

/** Who a demo customer is: name and every identifier, before any conversation is made up. */
export interface DemoPerson {
  index: number;
  key: string;
  name: PersonName;
  displayName: string;
  locale: Locale;
  tags: readonly string[];
  city: string;
  /** The channels this person uses. */
  channels: readonly CustomerChannel[];
  email: string | null;
  secondEmail: string | null;
  mobile: string | null;
  landline: string | null;
  facebook: { id: string; name: string } | null;
  twitter: { id: string; handle: string } | null;
  forum: { id: string; username: string } | null;
  /** The identifier the bank has not linked; its conversations land on a second customer. */
  split: "landline" | "second-email" | null;
  /** Whether a contact form later carries the split identifier together with a linked one. */
  splitBridge: boolean;
  /** The previous customer, living in the same household, whose email this person once uses. */
  partnerIndex: number | null;
  /** Unique per person: the tail of email local parts and of account and contract numbers. */
  unique: number;
}

export const FORUM_SITE = "community.emma-bank.de";

export function customerKey(index: number): string {
  return `c${String(index).padStart(6, "0")}`;
}

const CHANNEL_WEIGHTS: readonly (readonly [CustomerChannel, number])[] = [
  ["email", 45],
  ["phone", 38],
  ["facebook", 14],
  ["twitter", 9],
  ["forum", 12],
];
const CHANNEL_COUNTS: readonly (readonly [number, number])[] = [
  [1, 22],
  [2, 26],
  [3, 24],
  [4, 16],
  [5, 12],
];

function pickChannels(random: Random): CustomerChannel[] {
  const count = random.weighted(CHANNEL_COUNTS);
  const remaining = [...CHANNEL_WEIGHTS];
  const chosen: CustomerChannel[] = [];
  while (chosen.length < count) {
    const channel = random.weighted(remaining);
    chosen.push(channel);
    remaining.splice(
      remaining.findIndex(([c]) => c === channel),
      1,
    );
  }
  return chosen;
}

function pickTags(random: Random): string[] {
  const tags: string[] = [];
  const age = random.weighted<"student" | "senior" | "adult">([
    ["student", 10],
    ["senior", 9],
    ["adult", 81],
  ]);
  if (age !== "adult") tags.push(age);
  if (age !== "student" && random.chance(0.09)) tags.push("business");
  if (random.chance(0.03)) tags.push("vip");
  if (random.chance(0.06)) tags.push("new-customer");
  return tags;
}

interface Tails {
  mobile: string;
  landline: string;
  facebook: string;
  twitter: string;
  forum: number;
}

function tails(seed: number, index: number): Tails {
  return {
    mobile: uniqueSevenDigits(seed, "mobile", index),
    landline: uniqueSevenDigits(seed, "landline", index),
    facebook: uniqueSevenDigits(seed, "facebook", index),
    twitter: uniqueSevenDigits(seed, "twitter", index),
    forum: 1_000 + uniqueNumber(seed, "forum", index, SPACE_6_DIGITS),
  };
}

function cityByName(name: string): City {
  return CITIES.find((city) => city.name === name) ?? (CITIES[0] as City);
}

function social(
  random: Random,
  name: PersonName,
  channels: readonly CustomerChannel[],
  t: Tails,
  handle?: string,
  username?: string,
) {
  return {
    facebook: channels.includes("facebook")
      ? { id: providerId(random, 9, t.facebook), name: `${name.first} ${name.last}` }
      : null,
    twitter: channels.includes("twitter")
      ? {
          id: providerId(random, random.chance(0.7) ? 12 : 2, t.twitter),
          handle: handle ?? twitterHandle(random, name.first, name.last),
        }
      : null,
    forum: channels.includes("forum")
      ? { id: String(t.forum), username: username ?? forumUsername(random, name.first, name.last) }
      : null,
  };
}

function heroPerson(seed: number, index: number, hero: HeroSpec): DemoPerson {
  const random = randomFor(seed, index, "person");
  const t = tails(seed, index);
  const name: PersonName = { first: hero.first, last: hero.last, gender: hero.gender, origin: hero.origin };
  const channels: CustomerChannel[] = ["email", "phone", "facebook", "twitter", "forum"];
  return {
    index,
    key: customerKey(index),
    name,
    displayName: `${hero.first} ${hero.last}`,
    locale: hero.locale,
    tags: hero.tags,
    city: hero.city,
    channels,
    email: hero.email,
    secondEmail: hero.secondEmail,
    mobile: mobileNumber(random, t.mobile),
    landline: hero.landline ? landlineNumber(random, cityByName(hero.city), t.landline) : null,
    ...social(random, name, channels, t, hero.twitterHandle, hero.forumUsername),
    split: hero.split,
    splitBridge: hero.splitBridge,
    partnerIndex: null,
    unique: uniqueNumber(seed, "account", index, SPACE_6_DIGITS),
  };
}

/** Household partners are odd indexes paired with the even one before, so this never recurses twice. */
function household(seed: number, index: number): number | null {
  if (index % 2 === 0 || index - 1 < HEROES.length) return null;
  return randomFor(seed, index, "household").chance(0.06) ? index - 1 : null;
}

function regularPerson(seed: number, index: number): DemoPerson {
  const random = randomFor(seed, index, "person");
  const partnerIndex = household(seed, index);
  const own = pickName(randomFor(seed, index, "name"));
  const partner = partnerIndex === null ? null : pickName(randomFor(seed, partnerIndex, "name"));
  const name: PersonName = partner
    ? {
        first: pickFirstName(random, partner.origin, own.gender),
        last: partner.last,
        gender: own.gender,
        origin: partner.origin,
      }
    : own;
  const city = randomFor(seed, partnerIndex ?? index, "address").pick(CITIES);
  const title = name.origin === "german" && random.chance(0.03) ? "Dr. " : "";
  const locale: Locale = random.chance(name.origin === "english" ? 0.85 : 0.04) ? "en" : "de";
  const tags = pickTags(random);
  const channels = pickChannels(random);
  const t = tails(seed, index);
  const unique = uniqueNumber(seed, "account", index, SPACE_6_DIGITS);
  const split =
    partnerIndex === null && random.chance(0.04)
      ? channels.includes("phone")
        ? "landline"
        : channels.includes("email")
          ? "second-email"
          : null
      : null;

  const domain = tags.includes("business")
    ? companyDomain(random, name.last)
    : freemailDomain(random, locale);
  const hasEmail = channels.includes("email") || split !== null || random.chance(0.85);
  const email = hasEmail ? emailAddress(random, name.first, name.last, unique, domain) : null;
  const hasSecond = split === "second-email" || random.chance(0.06);
  const secondDomain = hasSecond ? freemailDomain(random, locale) : "";
  // Same unique tail, so the second address only has to differ from the first one by its domain.
  const other = secondDomain !== domain ? secondDomain : domain === "gmx.net" ? "web.de" : "gmx.net";
  const secondEmail = hasSecond ? emailAddress(random, name.first, name.last, unique, other) : null;
  const needsMobile = partnerIndex !== null || split !== null;
  const mobile =
    needsMobile || random.chance(channels.includes("phone") ? 0.9 : 0.8)
      ? mobileNumber(random, t.mobile)
      : null;
  const hasLandline =
    split === "landline" || random.chance(0.25) || (channels.includes("phone") && mobile === null);
  const landline = hasLandline ? landlineNumber(random, city, t.landline) : null;

  return {
    index,
    key: customerKey(index),
    name,
    displayName: `${title}${name.first} ${name.last}`,
    locale,
    tags,
    city: city.name,
    channels,
    email,
    secondEmail,
    mobile,
    landline,
    ...social(random, name, channels, t),
    split,
    splitBridge: split !== null && random.chance(0.4),
    partnerIndex,
    unique,
  };
}

/** The person at `index`: depends only on (seed, index), so any customer can be regenerated alone. */
export function demoPerson(seed: number, index: number): DemoPerson {
  const hero = HEROES[index];
  return hero ? heroPerson(seed, index, hero) : regularPerson(seed, index);
}

/** The system of record's customer number, as the demo's core banking knows the person. */
export function demoCustomerNumber(person: Pick<DemoPerson, "unique">): string {
  return `K-${String(1_000_000 + person.unique)}`;
}
