import { slug } from "./ascii.ts";
import type { Locale } from "./types.ts";
import type { Random } from "./random.ts";

const FREEMAIL_DE: readonly (readonly [string, number])[] = [
  ["gmx.de", 16],
  ["web.de", 16],
  ["t-online.de", 12],
  ["gmail.com", 18],
  ["outlook.de", 6],
  ["posteo.de", 4],
  ["yahoo.de", 4],
  ["icloud.com", 5],
  ["gmx.net", 5],
  ["hotmail.de", 3],
  ["mail.de", 2],
  ["freenet.de", 3],
  ["mailbox.org", 2],
];
const FREEMAIL_EN: readonly (readonly [string, number])[] = [
  ["gmail.com", 30],
  ["outlook.com", 12],
  ["icloud.com", 8],
  ["yahoo.co.uk", 5],
  ["hotmail.co.uk", 4],
  ["proton.me", 3],
];

// Company domains keep the umlauts of the family name half of the time: IDN like müller-bau.de.
const TRADES = ["bau", "elektro", "immobilien", "steuerberatung", "dachdecker", "bäckerei", "kfz", "praxis"];

export function freemailDomain(random: Random, locale: Locale): string {
  return random.weighted(locale === "de" ? FREEMAIL_DE : FREEMAIL_EN);
}

export function companyDomain(random: Random, lastName: string): string {
  const lower = lastName.toLowerCase();
  const family = /^[a-zäöüß-]+$/.test(lower) && random.chance(0.5) ? lower : slug(lastName);
  return `${family}-${random.pick(TRADES)}.de`;
}

/**
 * An address whose local part ends in the person's unique number. The name part never ends in a digit,
 * so the trailing digits are exactly that number: two people can never get the same address.
 */
export function emailAddress(
  random: Random,
  first: string,
  last: string,
  unique: number,
  domain: string,
): string {
  const f = slug(first);
  const l = slug(last);
  const local = random.weighted<string>([
    [`${f}.${l}`, 40],
    [`${f.charAt(0)}.${l}`, 15],
    [`${f}${l}`, 12],
    [`${l}.${f}`, 10],
    [`${f}_${l}`, 8],
    [f, 8],
    [`${f.charAt(0)}${l}`, 7],
  ]);
  const address = `${local}${unique}@${domain}`;
  // A few people type their address with capitals; connectors pass that through, normalization lower-cases it.
  return random.chance(0.04)
    ? address.replace(/^./, (c) => c.toUpperCase()).replace(/@.+$/, (d) => d.toUpperCase())
    : address;
}
