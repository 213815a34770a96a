import type { CustomerChannel } from "../channel/channel.ts";
import type { IdentityKind } from "../identity/identity-kind.ts";
import type { WrittenIdentifier } from "./match-evidence.ts";

/** A postal address from the system of record, as imported (normalising is the matcher's job). */
export interface PostalAddress {
  street: string;
  houseNumber: string | null;
  postalCode: string;
  city: string;
  country: string;
}

/** Where a name comes from: the customer record, the system of record, or an identity's display. */
export type NameSource = "customer" | "record" | IdentityKind;

/**
 * What the matcher knows of one customer (the root of a merge chain, with what its merged records
 * bring). Built by the API from the database; everything the comparison reads is here, so scoring
 * is a pure function of two profiles.
 */
export interface MatchProfile {
  customerId: string;
  names: readonly { value: string; source: NameSource }[];
  /** YYYY-MM-DD from the system of record. */
  birthDate: string | null;
  address: PostalAddress | null;
  customerNumber: string | null;
  /**
   * The strong identifiers the customer is known by: kind, normalized value and what people see
   * (an X account's value is its numeric id, its display the @handle).
   */
  identities: readonly { kind: IdentityKind; value: string; display: string | null }[];
  /** IBANs of the customer's accounts from the system of record, without spaces. */
  ibans: readonly string[];
  /** Identifiers the customer wrote in their messages. */
  written: readonly { identifier: WrittenIdentifier; itemId: string }[];
  /** The customer's newest inbound messages (a few), for the same topic on two channels. */
  recent: readonly { channel: CustomerChannel; at: string; itemId: string; text: string }[];
}
