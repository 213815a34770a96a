import { readSearchQuery, type CountryCode } from "@emma/core";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import type { ReadAuditLog } from "../../audit/read-audit-log.ts";
import type { Caller } from "../../trpc/context.ts";
import { findCustomers } from "../search/find-customers.ts";
import { presentIdentity } from "./customer-presenter.ts";

interface SearchProps {
  caller: Caller;
  audit: ReadAuditLog;
  query: string;
  limit: number;
  defaultCountry: CountryCode;
  ip: string | null;
  now: Date;
}

/**
 * Customers with their identities, for pickers such as "which customer called": the same lookups as
 * the search box's customers (search.query: folded names, identity and phone fragments, product
 * references), best match first, merged-away customers leading to their survivor.
 */
export async function searchCustomers(db: Kysely<Database>, props: SearchProps) {
  const hits = await findCustomers(db, readSearchQuery(props.query, props.defaultCountry), props.limit);
  if (hits.length === 0) return [];
  const ids = hits.map((hit) => hit.customer_id);
  const [customers, identities] = await Promise.all([
    db.selectFrom("customers").select(["id", "tags", "customer_number"]).where("id", "in", ids).execute(),
    db.selectFrom("identities").selectAll().where("customer_id", "in", ids).execute(),
  ]);
  props.audit.record({
    actorUserId: props.caller.userId,
    action: "customer.searched",
    subjectType: "customer",
    subjectId: null,
    ip: props.ip,
    at: props.now,
    details: { procedure: "customers.search", resultCount: hits.length, customerIds: ids },
  });
  const byId = new Map(customers.map((customer) => [customer.id, customer]));
  return hits.map((hit) => ({
    id: hit.customer_id,
    displayName: hit.display_name,
    // Tells namesakes apart in a picker; a system of record's customer may have no identity at all.
    customerNumber: byId.get(hit.customer_id)?.customer_number ?? null,
    tags: byId.get(hit.customer_id)?.tags ?? [],
    identities: identities
      .filter((identity) => identity.customer_id === hit.customer_id)
      .map(presentIdentity),
  }));
}
