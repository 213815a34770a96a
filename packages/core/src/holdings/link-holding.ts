import type { CountryCode } from "../identity/country-code.ts";
import { normalizeIdentity } from "../identity/normalize-identity.ts";
import type { HoldingLink } from "./holding-row.ts";

export const UNLINKED_REASONS = [
  "no_match",
  "ambiguous",
  "number_conflict",
  "invalid_email",
  "invalid_phone",
] as const;
export type UnlinkedReason = (typeof UNLINKED_REASONS)[number];

/** The identifiers to look up, normalized as the identities table stores them. */
export interface HoldingLookupKeys {
  customerNumber: string | null;
  email: string | null;
  phone: string | null;
  /** Set when an identifier was given but cannot be used; the row is then not linked. */
  invalid: "invalid_email" | "invalid_phone" | null;
}

export function holdingLookupKeys(link: HoldingLink, defaultCountry: CountryCode): HoldingLookupKeys {
  const email =
    link.email === undefined
      ? null
      : normalizeIdentity({ kind: "email", value: link.email }, { defaultCountry });
  const phone =
    link.phone === undefined
      ? null
      : normalizeIdentity({ kind: "phone", value: link.phone }, { defaultCountry });
  return {
    customerNumber: link.customerNumber ?? null,
    email: email?.ok ? email.identity.value : null,
    phone: phone?.ok ? phone.identity.value : null,
    invalid: email && !email.ok ? "invalid_email" : phone && !phone.ok ? "invalid_phone" : null,
  };
}

/** A live customer an identifier or number leads to, with the customer number it already has. */
export interface LinkCandidate {
  customerId: string;
  customerNumber: string | null;
}

export interface LinkFound {
  byNumber: LinkCandidate | null;
  byEmail: LinkCandidate | null;
  byPhone: LinkCandidate | null;
}

export type LinkDecision =
  | {
      linked: true;
      customerId: string;
      /** the row's number, to record on a customer that had none */ learnNumber: string | null;
    }
  | { linked: false; reason: UnlinkedReason };

/**
 * Which customer a holding belongs to. The customer number decides when Emma knows it. Otherwise
 * e-mail and phone must agree on one customer: two different people are ambiguous, and a match that
 * already has another customer number is a conflict — guessing would show one person's money to
 * another. Holdings never create customers: customers are born from contacts or the seed, and a
 * bare record from an export would be a duplicate the day the person writes in.
 */
export function decideHoldingLink(keys: HoldingLookupKeys, found: LinkFound): LinkDecision {
  if (found.byNumber) return { linked: true, customerId: found.byNumber.customerId, learnNumber: null };
  if (keys.invalid) return { linked: false, reason: keys.invalid };
  const matches = [found.byEmail, found.byPhone].filter((match) => match !== null);
  const ids = new Set(matches.map((match) => match.customerId));
  const [match] = matches;
  if (!match) return { linked: false, reason: "no_match" };
  if (ids.size > 1) return { linked: false, reason: "ambiguous" };
  if (keys.customerNumber === null) return { linked: true, customerId: match.customerId, learnNumber: null };
  if (match.customerNumber !== null && match.customerNumber !== keys.customerNumber)
    return { linked: false, reason: "number_conflict" };
  return { linked: true, customerId: match.customerId, learnNumber: keys.customerNumber };
}
