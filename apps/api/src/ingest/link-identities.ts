import { identityKey, type NormalizedIdentity, type resolveIdentities } from "@emma/core";
import { sql, type Transaction } from "kysely";
import type { Database } from "../db/schema.ts";
import { publish } from "../realtime/publish.ts";

interface LinkProps {
  connectorId: string;
  inboundEventId: string;
  identities: NormalizedIdentity[];
  displayName: string | undefined;
  resolve: typeof resolveIdentities;
}

export interface LinkedCustomer {
  customerId: string;
  /** The identity the thread is with (the first one of the message), if any survived normalization. */
  contactIdentityId: string | null;
  /** The customer that identity was first attributed to: where this message goes back to on unmerge. */
  originCustomerId: string;
}

/**
 * Finds or creates the customer behind a message's identities. Concurrent events that carry the same
 * identifier serialize on a transaction-scoped advisory lock per identifier (taken in sorted order, so
 * two events never deadlock), which makes "look up, else create" race-free without retries.
 */
export async function linkIdentities(trx: Transaction<Database>, props: LinkProps): Promise<LinkedCustomer> {
  const keys = props.identities.map(identityKey);
  for (const key of [...keys].sort()) {
    await sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`.execute(trx);
  }

  const found =
    props.identities.length === 0
      ? []
      : await trx
          .selectFrom("identities")
          .select(["id", "kind", "value", "customer_id", "origin_customer_id"])
          .where((eb) => eb.or(props.identities.map((i) => eb.and([eb("kind", "=", i.kind), eb("value", "=", i.value)]))))
          .execute();
  const owners = new Map(found.map((row) => [`${row.kind}:${row.value}`, row.customer_id]));
  const identityIds = new Map(found.map((row) => [`${row.kind}:${row.value}`, row.id]));
  const origins = new Map(found.map((row) => [`${row.kind}:${row.value}`, row.origin_customer_id]));
  const resolution = props.resolve(props.identities, owners);

  let customerId: string;
  switch (resolution.kind) {
    case "new-customer": {
      const created = await trx
        .insertInto("customers")
        .values({ display_name: customerName(props) })
        .returning("id")
        .executeTakeFirstOrThrow();
      customerId = created.id;
      break;
    }
    case "existing":
      customerId = resolution.customerId;
      break;
    case "conflict": {
      customerId = resolution.customerId;
      await suggestMerge(trx, props.inboundEventId, resolution.suggestion);
      break;
    }
    default: {
      const unreachable: never = resolution;
      throw new Error(`unknown resolution ${String(unreachable)}`);
    }
  }

  for (const identity of resolution.identitiesToCreate) {
    const row = await trx
      .insertInto("identities")
      .values({
        customer_id: customerId,
        origin_customer_id: customerId,
        kind: identity.kind,
        value: identity.value,
        display: identity.display,
        connector_id: props.connectorId,
        first_inbound_event_id: props.inboundEventId,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    identityIds.set(identityKey(identity), row.id);
    origins.set(identityKey(identity), customerId);
  }

  const contactKey = keys[0];
  return {
    customerId,
    contactIdentityId: contactKey ? (identityIds.get(contactKey) ?? null) : null,
    originCustomerId: (contactKey ? origins.get(contactKey) : undefined) ?? customerId,
  };
}

function customerName(props: LinkProps): string {
  const name = props.displayName?.trim();
  if (name) return name;
  const first = props.identities[0];
  if (first) return first.display ?? first.value;
  return "Unbekannt / Unknown";
}

async function suggestMerge(
  trx: Transaction<Database>,
  inboundEventId: string,
  suggestion: { customerIds: string[]; reasons: unknown[] },
): Promise<void> {
  const ids = [...suggestion.customerIds].sort();
  // One suggestion per pair; an event naming three customers suggests each pair.
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const a = ids[i];
      const b = ids[j];
      if (!a || !b) continue;
      const inserted = await trx
        .insertInto("merge_suggestions")
        .values({ customer_a: a, customer_b: b, reasons: JSON.stringify(suggestion.reasons), inbound_event_id: inboundEventId })
        .onConflict((oc) => oc.columns(["customer_a", "customer_b"]).where("status", "=", "open").doNothing())
        .returning("id")
        .executeTakeFirst();
      if (inserted) {
        await publish(trx, { topic: "merge.suggested", userIds: null, payload: { suggestionId: inserted.id, customerIds: [a, b] } });
      }
    }
  }
}
