import { formatDate, formatEuro, monthName, DAY } from "./format.ts";
import type { DemoPerson } from "./person.ts";
import type { Random } from "./random.ts";
import type { Locale } from "./types.ts";

export const TEMPLATE_VARS = [
  "firstName",
  "lastName",
  "fullName",
  "amount",
  "fee",
  "date",
  "month",
  "last4",
  "recipient",
  "ibanTail",
  "city",
  "street",
  "device",
  "appVersion",
  "etf",
  "rate",
  "loanNo",
  "loanAmount",
  "repayment",
  "refNo",
  "agent",
] as const;
export type TemplateVar = (typeof TEMPLATE_VARS)[number];
export type TemplateVars = Readonly<Record<TemplateVar, string>>;

const KNOWN = new Set<string>(TEMPLATE_VARS);

/** Replaces {name} placeholders; an unknown placeholder is a bug in a template, so it throws. */
export function fill(template: string, vars: TemplateVars): string {
  return template.replace(/\{(\w+)\}/g, (_match, name: string) => {
    if (!KNOWN.has(name)) throw new Error(`unknown template variable {${name}} in "${template}"`);
    return vars[name as TemplateVar];
  });
}

const RECIPIENTS = [
  "Stadtwerke München",
  "Vermieterin Frau Koch",
  "Finanzamt Köln-Mitte",
  "Amazon EU S.à r.l.",
  "Telekom Deutschland",
  "Hausverwaltung Brandt & Söhne",
  "ADAC e.V.",
  "Zahnarztpraxis Dr. Özdemir",
  "Fitnessstudio Kraftwerk",
  "Vodafone GmbH",
];
const DEVICES = [
  "iPhone 13",
  "iPhone 15 Pro",
  "Samsung Galaxy S23",
  "Google Pixel 8",
  "Xiaomi Redmi Note 12",
  "iPad Air",
];
const ETFS = ["MSCI World", "FTSE All-World", "MSCI Emerging Markets", "Core DAX", "S&P 500"];
const STREETS = [
  "Hauptstraße",
  "Bahnhofstraße",
  "Lindenweg",
  "Schillerstraße",
  "Am Mühlbach",
  "Goethestraße",
  "Birkenallee",
];
const CITIES = [
  "Berlin",
  "Hamburg",
  "München",
  "Köln",
  "Frankfurt",
  "Leipzig",
  "Düsseldorf",
  "Münster",
  "Lübeck",
  "Würzburg",
];

export interface VarsContext {
  person: DemoPerson;
  locale: Locale;
  /** When the conversation starts; dates in the text lie a few days before. */
  at: number;
  agent: string;
  /** Card ending and IBAN ending of the customer's products, so the texts match the 360 view. */
  last4: string;
  ibanTail: string;
  loanNo: string;
}

export function templateVars(random: Random, context: VarsContext): TemplateVars {
  const { person, locale, at } = context;
  const before = at - random.int(1, 12) * DAY;
  return {
    firstName: person.name.first,
    lastName: person.name.last,
    fullName: `${person.name.first} ${person.name.last}`,
    amount: formatEuro(random.int(1_500, 250_000), locale),
    fee: formatEuro(random.pick([490, 590, 690, 790, 990]), locale),
    date: formatDate(before, locale),
    month: monthName(before - 30 * DAY, locale),
    last4: context.last4,
    recipient: random.pick(RECIPIENTS),
    ibanTail: context.ibanTail,
    city: random.pick(CITIES.filter((city) => city !== person.city)),
    street: `${random.pick(STREETS)} ${random.int(1, 120)}`,
    device: random.pick(DEVICES),
    appVersion: `5.${random.int(0, 14)}.${random.int(0, 9)}`,
    etf: random.pick(ETFS),
    rate: formatEuro(random.pick([2_500, 5_000, 10_000, 15_000, 25_000, 50_000]), locale),
    loanNo: context.loanNo,
    loanAmount: formatEuro(random.int(150, 600) * 100_000, locale),
    repayment: formatEuro(random.int(5, 30) * 100_000, locale),
    refNo: `V-${random.digits(7)}`,
    agent: context.agent,
  };
}
