import { erasureScope } from "@emma/core";
import { sql, type Transaction } from "kysely";
import type { Database } from "../../db/schema.ts";

type Trx = Transaction<Database>;

/**
 * The records of the person an erasure is about (core's `erasureScope`), locked FOR UPDATE in id
 * order until commit: a merge or unmerge of them waits, and so does a legal hold placed meanwhile
 * (its foreign key takes KEY SHARE on the customer), which the runner then sees or loses to.
 */
export async function lockErasureScope(
  trx: Trx,
  customerId: string,
): Promise<{ rootId: string; ids: string[] }> {
  const { rows } = await sql<{ id: string; merged_into: string | null }>`
    with recursive up (id, merged_into) as (
      select id, merged_into from customers where id = ${customerId}
      union
      select c.id, c.merged_into from customers c join up on c.id = up.merged_into
    ), down (id, merged_into) as (
      select id, merged_into from up where merged_into is null
      union
      select c.id, c.merged_into from customers c join down on c.merged_into = down.id
    )
    select id, merged_into from up union select id, merged_into from down
  `.execute(trx);
  if (!rows.some((row) => row.id === customerId)) throw new Error(`no customer ${customerId}`);
  const scope = erasureScope(
    customerId,
    rows.map((row) => ({ id: row.id, mergedInto: row.merged_into })),
  );
  await trx
    .selectFrom("customers")
    .select("id")
    .where("id", "in", scope.ids)
    .orderBy("id")
    .forUpdate()
    .execute();
  return scope;
}

/** What the person is called and known by: the strings audit details and raw events are searched for. */
export async function personalStrings(trx: Trx, ids: string[]): Promise<string[]> {
  const identities = await trx
    .selectFrom("identities")
    .select(["kind", "value", "display"])
    .where("customer_id", "in", ids)
    .execute();
  const customers = await trx
    .selectFrom("customers")
    .select(["display_name", "customer_number"])
    .where("id", "in", ids)
    .execute();
  const strings = [
    // A phone number also as digits alone: form-encoded webhooks carry "+" as "%2B".
    ...identities.flatMap((row) => [
      row.value,
      row.display,
      row.kind === "phone" ? row.value.slice(1) : null,
    ]),
    ...customers.flatMap((row) => [row.display_name, row.customer_number]),
  ];
  // Very short strings ("Jo") would match unrelated text and erase other people's records.
  return [...new Set(strings.filter((s): s is string => s !== null && s.trim().length >= 4))];
}
