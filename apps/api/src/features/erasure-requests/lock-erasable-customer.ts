import { TRPCError } from "@trpc/server";
import type { Transaction } from "kysely";
import type { Database } from "../../db/schema.ts";
import { resolveLiveCustomerId } from "../customers/resolve-customer-id.ts";
import { refuseErasure } from "./erasure-refusal-error.ts";

/**
 * The customer's row, locked until the transaction ends, so that requests, approvals and legal
 * holds of one customer take turns. Refused when merged away (naming the survivor) or erased already.
 */
export async function lockErasableCustomer(trx: Transaction<Database>, customerId: string): Promise<string> {
  const customer = await trx
    .selectFrom("customers")
    .select(["id", "merged_into", "erased_at"])
    .where("id", "=", customerId)
    .forUpdate()
    .executeTakeFirst();
  if (!customer) throw new TRPCError({ code: "NOT_FOUND", message: "No such customer" });
  if (customer.merged_into !== null)
    throw refuseErasure({ code: "merged_away", survivorId: await resolveLiveCustomerId(trx, customer.id) });
  if (customer.erased_at !== null) throw refuseErasure({ code: "already_erased" });
  return customer.id;
}
