import type { LiveFailure } from "@emma/core";
import type { Kysely } from "kysely";
import type { ReadAuditLog } from "../../audit/read-audit-log.ts";
import type { Database } from "../../db/schema.ts";
import type { Caller } from "../../trpc/context.ts";
import { resolveLiveCustomerId } from "../customers/resolve-customer-id.ts";
import type { LiveHoldingsLookup } from "./live-holdings-lookup.ts";

interface LiveHoldingsProps {
  caller: Caller;
  audit: ReadAuditLog;
  lookup: LiveHoldingsLookup;
  customerId: string;
  ip: string | null;
  now: Date;
}

export type LiveSource =
  | {
      sourceSystem: string;
      ok: true;
      fetchedAt: string;
      holdings: {
        externalId: string;
        status?: string;
        balance?: { minor: number; currency: string } | null;
      }[];
    }
  | { sourceSystem: string; ok: false; failure: LiveFailure; status: number | null };

/**
 * The customer's holdings as each configured source system sees them now, asked by customer
 * number for the sources the customer holds something in. Asked after the 360 has loaded, so a
 * slow or failing core system never delays the imported snapshot.
 */
export async function liveHoldings(db: Kysely<Database>, props: LiveHoldingsProps): Promise<LiveSource[]> {
  const id = await resolveLiveCustomerId(db, props.customerId);
  const customer = await db
    .selectFrom("customers")
    .select(["customer_number", "erased_at"])
    .where("id", "=", id)
    .executeTakeFirstOrThrow();
  const configured = props.lookup.sources();
  if (customer.customer_number === null || customer.erased_at !== null || configured.length === 0) return [];
  const held = await db
    .selectFrom("customer_products")
    .select("source_system")
    .distinct()
    .where("customer_id", "=", id)
    .where("source_system", "in", configured)
    .orderBy("source_system")
    .execute();
  if (held.length === 0) return [];
  props.audit.record({
    actorUserId: props.caller.userId,
    action: "customer.holdings_live_viewed",
    subjectType: "customer",
    subjectId: id,
    customerId: id,
    ip: props.ip,
    at: props.now,
    details: { sourceSystems: held.map((row) => row.source_system) },
  });
  const number = customer.customer_number;
  return Promise.all(
    held.map(async ({ source_system: sourceSystem }): Promise<LiveSource> => {
      const result = await props.lookup.lookup(sourceSystem, number);
      return result.ok
        ? { sourceSystem, ok: true, fetchedAt: result.fetchedAt.toISOString(), holdings: result.holdings }
        : { sourceSystem, ok: false, failure: result.failure, status: result.status };
    }),
  );
}
