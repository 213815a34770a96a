import { TRPCError } from "@trpc/server";
import { sql, type Kysely, type SqlBool, type Transaction } from "kysely";
import type { Database } from "../../db/schema.ts";

/**
 * A merged-away customer id still opens: it leads to the customer it was merged into. One indexed
 * lookup in the common case (not merged); the chain is followed only for merged-away ids.
 */
export async function resolveLiveCustomerId(
  db: Kysely<Database> | Transaction<Database>,
  customerId: string,
): Promise<string> {
  const row = await db
    .selectFrom("customers")
    .select(["id", "merged_into"])
    .where("id", "=", customerId)
    .executeTakeFirst();
  if (!row) throw new TRPCError({ code: "NOT_FOUND", message: "No such customer" });
  if (row.merged_into === null) return row.id;
  const chain = await sql<{ id: string }>`
    with recursive chain (id, merged_into, depth) as (
      select id, merged_into, 0 from customers where id = ${row.merged_into}
      union all
      select c.id, c.merged_into, chain.depth + 1 from customers c join chain on c.id = chain.merged_into
      where chain.depth < 100
    )
    select id from chain where merged_into is null limit 1
  `.execute(db);
  const live = chain.rows[0];
  if (!live) throw new TRPCError({ code: "NOT_FOUND", message: "No such customer" });
  return live.id;
}

/** `column` is the customer or any customer merged into it, directly or through a chain. */
export function inMergedSubtree(column: string, customerId: string) {
  return sql<SqlBool>`${sql.ref(column)} in (
    with recursive subtree (id) as (
      select ${customerId}::uuid
      union
      select c.id from customers c join subtree on c.merged_into = subtree.id
    )
    select id from subtree
  )`;
}
