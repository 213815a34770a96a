import { sortedIds } from "@emma/core";
import { TRPCError } from "@trpc/server";
import type { Kysely } from "kysely";
import { writeAudit } from "../../audit/write-audit.ts";
import type { Database } from "../../db/schema.ts";
import type { Caller } from "../../trpc/context.ts";

/**
 * "Nicht dieselbe Person" for two customers no suggestion joined (namesakes offered to check):
 * remembered in distinct_people like the suggestion's answer, so neither the matcher nor the
 * namesakes list puts them together again. Merging by hand stays possible; its preview says who
 * decided this.
 */
export async function markDistinct(
  db: Kysely<Database>,
  props: { caller: Caller; customerIds: readonly string[]; ip: string | null; now: Date },
) {
  const [a, b] = sortedIds([...props.customerIds]);
  if (a === undefined || b === undefined)
    throw new TRPCError({ code: "BAD_REQUEST", message: "Two customers" });
  return db.transaction().execute(async (trx) => {
    const live = await trx
      .selectFrom("customers")
      .select("id")
      .where("id", "in", [a, b])
      .where("merged_into", "is", null)
      .where("erased_at", "is", null)
      .execute();
    if (live.length !== 2)
      throw new TRPCError({
        code: "NOT_FOUND",
        message: "No such customer (merged away, erased or never known)",
      });
    await trx
      .insertInto("distinct_people")
      .values({ customer_a: a, customer_b: b, decided_by: props.caller.userId, decided_at: props.now })
      .onConflict((oc) => oc.columns(["customer_a", "customer_b"]).doNothing())
      .execute();
    await writeAudit(trx, {
      actorUserId: props.caller.userId,
      action: "customer.markedDistinct",
      subjectType: "customer",
      subjectId: a,
      customerId: a,
      details: { customerIds: [a, b] },
      ip: props.ip,
      at: props.now,
    });
    return { customerIds: [a, b] };
  });
}
