import { slug, toAscii } from "./ascii.ts";
import type { Random } from "./random.ts";

const NICKNAMES = [
  "Sparfuchs",
  "Zinsjaeger",
  "Kontoheld",
  "Finanzneuling",
  "ETF_Fan",
  "Kaffeetante",
  "Fahrradfan",
];

/** An X handle (without @): letters, digits and _, at most 15 characters. */
export function twitterHandle(random: Random, first: string, last: string): string {
  const f = toAscii(first).replace(/[^A-Za-z]/g, "");
  const l = toAscii(last).replace(/[^A-Za-z]/g, "");
  const year = String(random.int(60, 105) % 100).padStart(2, "0");
  const handle = random.weighted<string>([
    [`${f.toLowerCase()}_${l.toLowerCase()}`, 30],
    [`${f}${l}`, 20],
    [`${f}${l.charAt(0)}${year}`, 20],
    [`${l.toLowerCase()}_${f.charAt(0).toLowerCase()}`, 15],
    [`${random.pick(NICKNAMES)}${random.int(1, 999)}`, 15],
  ]);
  return handle.slice(0, 15);
}

/** A Discourse username: what other community members see next to a post. */
export function forumUsername(random: Random, first: string, last: string): string {
  const f = slug(first);
  const l = slug(last);
  return random.weighted<string>([
    [`${f}_${l.charAt(0)}`, 30],
    [`${f}.${l}`, 20],
    [`${f}${random.int(1, 99)}`, 20],
    [`${random.pick(NICKNAMES).toLowerCase()}${random.int(1, 999)}`, 20],
    [`${l}${f.charAt(0)}`, 10],
  ]);
}

/** A numeric provider id: random leading digits, then the person's unique seven-digit tail. */
export function providerId(random: Random, leadingDigits: number, uniqueTail: string): string {
  return `${random.digits(leadingDigits)}${uniqueTail}`;
}
