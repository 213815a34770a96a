import { TRPCError } from "@trpc/server";
import type { Transaction } from "kysely";
import type { Database } from "../../db/schema.ts";

/**
 * An erased person's conversations take no replies and no notes: either would write their address
 * or words back onto the record the erasure emptied. If they write again, they are a new customer.
 */
export async function refuseErasedCustomer(
  trx: Transaction<Database>,
  customerId: string | null,
): Promise<void> {
  if (customerId === null) return;
  const customer = await trx
    .selectFrom("customers")
    .select("erased_at")
    .where("id", "=", customerId)
    .executeTakeFirst();
  if (customer?.erased_at === null || customer === undefined) return;
  throw new TRPCError({
    code: "BAD_REQUEST",
    message:
      "This person's data was erased (GDPR Art. 17): their conversations take no replies or notes. If they write again, they start a new customer record.",
  });
}
