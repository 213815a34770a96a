import type { ProductKind, ProductStatus } from "@emma/core";
import { DAY, isoDay } from "./format.ts";
import { germanIban } from "./iban.ts";
import type { DemoPerson } from "./person.ts";
import type { PlannedConversation } from "./plan.ts";
import type { Random } from "./random.ts";
import type { DemoProduct } from "./types.ts";

/** Facts the conversations quote, so that texts match the accounts shown next to them. */
export interface ProductFacts {
  last4: string;
  ibanTail: string;
  loanNo: string;
}

interface Builder {
  random: Random;
  person: DemoPerson;
  now: number;
  since: number;
  products: DemoProduct[];
}

/**
 * References are unique across all demo customers, because the demo's system of record uses them
 * as its external ids: every one embeds the person's unique number plus a per-product slot.
 */
function add(
  b: Builder,
  kind: ProductKind,
  name: string,
  reference: string,
  balanceMinor: number | null,
  details: Record<string, string> = {},
): DemoProduct {
  const openedMs = b.products.length === 0 ? b.since : b.since + b.random.next() * (b.now - b.since);
  const recent = b.now - openedMs < 14 * DAY;
  const status: ProductStatus = recent
    ? "pending"
    : b.products.length > 0 && b.random.chance(0.05)
      ? "closed"
      : "active";
  const product: DemoProduct = {
    kind,
    name,
    reference,
    status,
    openedAt: isoDay(openedMs),
    balanceMinor: status === "closed" ? 0 : balanceMinor,
    currency: "EUR",
    sourceSystem: "core-banking",
    details,
  };
  b.products.push(product);
  return product;
}

function accountNumber(person: DemoPerson, slot: number): string {
  return `${1_000_000 + person.unique}${String(slot).padStart(3, "0")}`;
}

function card(
  b: Builder,
  name: string,
  network: string,
  slot: number,
  balanceMinor: number | null,
): DemoProduct {
  const last4 = b.random.digits(4);
  const expires = `${String(b.random.int(1, 12)).padStart(2, "0")}/${String(b.random.int(26, 30))}`;
  // The masked number is not unique across customers, so the reference is the card contract number.
  const reference = `KA-${1_000_000 + b.person.unique}-${slot}`;
  return add(b, "card", name, reference, balanceMinor, { maskedPan: `**** ${last4}`, network, expires });
}

export function demoProducts(
  random: Random,
  person: DemoPerson,
  plan: readonly PlannedConversation[],
  now: number,
): { products: DemoProduct[]; facts: ProductFacts } {
  const years = person.tags.includes("new-customer")
    ? 0.1
    : person.tags.includes("student")
      ? random.int(1, 4)
      : random.int(1, 25);
  const b: Builder = {
    random,
    person,
    now,
    since: now - (years * 365 + random.int(20, 300)) * DAY,
    products: [],
  };
  const wants = (topic: PlannedConversation["topic"]) => plan.some((c) => c.topic === topic);
  const tags = person.tags;
  const giroName = tags.includes("business")
    ? "Geschäftskonto Business"
    : tags.includes("student")
      ? "Girokonto Start"
      : tags.includes("vip")
        ? "Girokonto Premium"
        : random.pick(["Girokonto Plus", "Girokonto Basis"]);
  const giro = germanIban(accountNumber(person, 1));
  add(b, "account", giroName, giro, random.int(-80_000, tags.includes("vip") ? 4_500_000 : 650_000));
  let quoted = card(b, "girocard (Debitkarte)", "girocard", 1, null);
  if (random.chance(tags.includes("vip") ? 1 : 0.45) || wants("card_blocked")) {
    const gold = tags.includes("vip");
    quoted = card(
      b,
      gold ? "Mastercard Gold" : "Visa Kreditkarte",
      gold ? "Mastercard" : "Visa",
      2,
      -random.int(0, 180_000),
    );
  }
  // A card reported stolen in the last month is still blocked in core banking.
  const recentTheft = plan.some((c) => c.topic === "card_blocked" && now - c.start < 30 * DAY);
  if (recentTheft && quoted.status === "active") quoted.status = "blocked";
  if (random.chance(0.4))
    add(b, "deposit", "Tagesgeld", germanIban(accountNumber(person, 101)), random.int(50_000, 6_000_000));
  if (random.chance(0.1))
    add(
      b,
      "deposit",
      "Festgeld 24 Monate",
      germanIban(accountNumber(person, 102)),
      random.int(10, 100) * 100_000,
    );
  if (random.chance(0.25) || wants("etf_savings_plan"))
    add(b, "product", "Depot", `DEP-${accountNumber(person, 500)}`, random.int(100_000, 25_000_000), {
      savingsPlan: "ETF-Sparplan",
    });
  const loanNo = `BF-${1_000_000 + person.unique}-01`;
  if (random.chance(0.1) || wants("loan_question")) {
    add(b, "loan", "Baufinanzierung", loanNo, -random.int(150, 450) * 100_000, {
      fixedRateUntil: isoDay(now + random.int(200, 3000) * DAY),
    });
  }
  if (random.chance(0.08))
    add(b, "loan", "Ratenkredit", `RK-${1_000_000 + person.unique}-01`, -random.int(20, 300) * 10_000);
  if (random.chance(0.15))
    add(
      b,
      "insurance",
      random.pick(["Hausratversicherung", "Reiseversicherung", "Risikolebensversicherung"]),
      `VS-${1_000_000 + person.unique}-01`,
      null,
    );
  if (random.chance(0.08))
    add(
      b,
      "contract",
      "Bausparvertrag",
      `BSV-${1_000_000 + person.unique}-01`,
      random.int(100_000, 3_000_000),
    );
  return {
    products: b.products,
    facts: { last4: quoted.details.maskedPan?.slice(-4) ?? "0000", ibanTail: giro.slice(-4), loanNo },
  };
}
