import type { Transaction } from "kysely";
import type { CustomerRow, Database } from "../../db/schema.ts";

/** Locks both customers in id order, so two merges of the same pair cannot deadlock or interleave. */
export async function lockCustomers(
  trx: Transaction<Database>,
  ids: string[],
): Promise<Map<string, CustomerRow>> {
  const rows = await trx
    .selectFrom("customers")
    .selectAll()
    .where("id", "in", ids)
    .orderBy("id")
    .forUpdate()
    .execute();
  return new Map(rows.map((row) => [row.id, row]));
}
