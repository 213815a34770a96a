import type {
  ConsentPurpose,
  ConsentState,
  CustomerChannel,
  InboundMessageInput,
  KnownConsentSource,
  ProductKind,
  ProductStatus,
  RawIdentity,
} from "@emma/core";

export type Locale = "de" | "en";

/** One row for customer_products; its reference is unique across all demo customers and serves as its external id. */
export interface DemoProduct {
  kind: ProductKind;
  name: string;
  /** IBAN, card contract number, loan or policy number as the system of record shows it. */
  reference: string;
  status: ProductStatus;
  /** YYYY-MM-DD */
  openedAt: string;
  /** Cents; negative for what the customer owes (loans, credit card); null where no balance applies. */
  balanceMinor: number | null;
  currency: "EUR";
  sourceSystem: "core-banking";
  /** For customer_products.details, e.g. the masked card number. */
  details: Record<string, string>;
}

/** One imported consent record; at most one per channel and purpose. */
export interface DemoConsent {
  /** null: every channel. */
  channel: CustomerChannel | null;
  purpose: ConsentPurpose;
  state: ConsentState;
  /** Only sources the console has a label for. */
  source: KnownConsentSource;
}

export interface DemoIdentity {
  identity: RawIdentity;
  /**
   * true: the bank already knows this identifier belongs to the customer (core banking, or an agent
   * linked it earlier): seed it with the customer. false: only the customer's own messages carry it,
   * so ingestion makes a second customer from it until an agent merges the two.
   */
  linked: boolean;
}

/** An inbound message as a connector produces it, with occurredAt as an ISO string. */
export type DemoMessage = InboundMessageInput & { occurredAt: string };

/**
 * Why a conversation exists, for the demo script and the tests:
 * - regular: the customer on a channel, all identities linked to them;
 * - split-identity: carries only the customer's unlinked identity, so it lands on a second customer;
 * - same-person-bridge: a contact form with the linked email and the unlinked phone (or the reverse),
 *   which Emma turns into a merge suggestion that should be accepted;
 * - household-bridge: a contact form with the partner's email and this customer's phone: a merge
 *   suggestion between two real people, which should be dismissed.
 */
export type DemoScenario = "regular" | "split-identity" | "same-person-bridge" | "household-bridge";

export const DEMO_TEAMS = [
  "Privatkunden",
  "Karten & Zahlungsverkehr",
  "Social Media",
  "Baufinanzierung",
] as const;
export type DemoTeamName = (typeof DEMO_TEAMS)[number];

export interface DemoContact {
  channel: CustomerChannel;
  /** Every message's threadKey; one conversation per (connector, threadKey). */
  threadKey: string;
  scenario: DemoScenario;
  /** Suggested queue routing. */
  team: DemoTeamName;
  /** Suggested status after ingestion: older threads that we answered last are done. */
  status: "open" | "pending" | "resolved";
  /** Oldest first; occurredAt strictly increases. */
  messages: DemoMessage[];
}

export interface DemoCustomer {
  /** Stable across runs and customer counts: "c000123" is always the customer at index 123. */
  key: string;
  index: number;
  displayName: string;
  /** The system of record's customer number, unique like the person's account numbers. */
  customerNumber: string;
  locale: Locale;
  tags: string[];
  identities: DemoIdentity[];
  products: DemoProduct[];
  consents: DemoConsent[];
  /** Oldest conversation first; bridges come after the conversations whose identities they join. */
  contacts: DemoContact[];
}
