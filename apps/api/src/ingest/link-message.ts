import { resolveIdentities, type MergeSuggestion, type NormalizedIdentity } from "@emma/core";
import type { Transaction } from "kysely";
import type { Database } from "../db/schema.ts";
import type { RealtimeMessage } from "../realtime/publish.ts";
import type { IdentityBook } from "./identity-book.ts";

interface LinkProps {
  connectorId: string;
  inboundEventId: string;
  identities: NormalizedIdentity[];
  displayName: string | undefined;
  /** A call names its caller by number only; see `UNKNOWN_CALLER`. */
  isCall: boolean;
}

export interface LinkedCustomer {
  /** null for an unknown caller's call (see `UNKNOWN_CALLER`). */
  customerId: string | null;
  /** The identity the thread is with (the message's first usable one), if any. */
  contactIdentityId: string | null;
  /** The customer that identity was first attributed to: where this message goes back to on unmerge. */
  originCustomerId: string | null;
}

/**
 * A call without a usable number (withheld, anonymous, a provider's stand-in) is nobody we know, and
 * nothing would ever find such a customer again: it creates none. Its conversation (one per call,
 * see core's callThreadKey) stays without a customer until an agent attaches it to one
 * (conversations.attachCustomer). The next withheld call is just as anonymous: nothing links it.
 */
export const UNKNOWN_CALLER: LinkedCustomer = {
  customerId: null,
  contactIdentityId: null,
  originCustomerId: null,
};

/**
 * Finds or creates the customer behind a message's identities (strong identifiers link; unknown
 * ones create; two known customers never merge silently but raise a suggestion). The caller holds
 * the advisory locks of these identities (see `lockIdentities`).
 */
export async function linkMessage(
  trx: Transaction<Database>,
  book: IdentityBook,
  props: LinkProps,
  realtime: RealtimeMessage[],
  /** Collects the customers that are new or gained an identity: the matcher looks at them. */
  toMatch: Set<string>,
): Promise<LinkedCustomer> {
  if (props.isCall && props.identities.length === 0) return UNKNOWN_CALLER;
  const resolution = resolveIdentities(props.identities, book.owners());
  let customerId: string;
  switch (resolution.kind) {
    case "new-customer":
      customerId = await createCustomer(trx, customerName(props));
      break;
    case "existing":
      customerId = resolution.customerId;
      break;
    case "conflict":
      customerId = resolution.customerId;
      await suggestMerge(trx, props.inboundEventId, resolution.suggestion, realtime);
      break;
    default: {
      const unreachable: never = resolution;
      throw new Error(`unknown resolution ${String(unreachable)}`);
    }
  }

  if (resolution.identitiesToCreate.length > 0) {
    toMatch.add(customerId);
    const rows = await trx
      .insertInto("identities")
      .values(
        resolution.identitiesToCreate.map((identity) => ({
          customer_id: customerId,
          origin_customer_id: customerId,
          kind: identity.kind,
          value: identity.value,
          display: identity.display,
          connector_id: props.connectorId,
          first_inbound_event_id: props.inboundEventId,
        })),
      )
      .returning(["id", "kind", "value"])
      .execute();
    for (const row of rows) {
      const identity = resolution.identitiesToCreate.find(
        (i) => i.kind === row.kind && i.value === row.value,
      );
      if (identity) book.add(identity, { id: row.id, customerId, originCustomerId: customerId });
    }
  }

  const contact = props.identities[0] ? book.get(props.identities[0]) : undefined;
  return {
    customerId,
    contactIdentityId: contact?.id ?? null,
    originCustomerId: contact?.originCustomerId ?? customerId,
  };
}

async function createCustomer(trx: Transaction<Database>, displayName: string): Promise<string> {
  const row = await trx
    .insertInto("customers")
    .values({ display_name: displayName })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

function customerName(props: LinkProps): string {
  const name = props.displayName?.trim();
  if (name) return name;
  const first = props.identities[0];
  if (first) return first.display ?? first.value;
  return "Unbekannt / Unknown";
}

/** One open suggestion per pair of customers; an event naming three customers suggests each pair. */
async function suggestMerge(
  trx: Transaction<Database>,
  inboundEventId: string,
  suggestion: MergeSuggestion,
  realtime: RealtimeMessage[],
): Promise<void> {
  for (const reason of suggestion.reasons) {
    const [a, b] = [...reason.customerIds].sort();
    if (!a || !b) continue;
    const inserted = await trx
      .insertInto("merge_suggestions")
      .values({
        customer_a: a,
        customer_b: b,
        reasons: JSON.stringify([reason]),
        inbound_event_id: inboundEventId,
      })
      .onConflict((oc) => oc.columns(["customer_a", "customer_b"]).where("status", "=", "open").doNothing())
      .returning("id")
      .executeTakeFirst();
    if (inserted) {
      realtime.push({
        topic: "merge.suggested",
        userIds: null,
        payload: { suggestionId: inserted.id, customerIds: [a, b] },
      });
    }
  }
}
