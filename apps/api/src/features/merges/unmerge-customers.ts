import {
  MERGEABLE_TABLES,
  checkUnmerge,
  mayUndoMerge,
  mergeMovedSchema,
  unmergeRefusal,
  type MergeMoved,
} from "@emma/core";
import { TRPCError } from "@trpc/server";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import type { Caller } from "../../trpc/context.ts";
import { inMergedSubtree } from "../customers/resolve-customer-id.ts";
import { refuseMerge } from "./merge-refusal-error.ts";
import { lockCustomers } from "./merge-tables.ts";
import { recordMergeChange } from "./record-merge-change.ts";
import { enqueueMatchChecks } from "../matching/enqueue-match-checks.ts";

interface UnmergeProps {
  caller: Caller;
  mergeId: string;
  ip: string | null;
  now: Date;
}

/**
 * Undoes a merge exactly: every row now on the survivor whose origin is the absorbed customer (or a
 * customer merged into it before) goes back, including items that arrived after the merge through
 * the absorbed customer's identities.
 */
export async function unmergeCustomers(db: Kysely<Database>, props: UnmergeProps) {
  const { caller, now } = props;
  return db.transaction().execute(async (trx) => {
    const merge = await trx
      .selectFrom("merges")
      .selectAll()
      .where("id", "=", props.mergeId)
      .forUpdate()
      .executeTakeFirst();
    if (!merge) throw new TRPCError({ code: "NOT_FOUND", message: "No such merge" });
    if (!mayUndoMerge(caller, { mergedBy: merge.merged_by })) {
      throw refuseMerge("FORBIDDEN", unmergeRefusal("not-yours"));
    }
    const customers = await lockCustomers(trx, [merge.survivor_id, merge.absorbed_id]);
    const survivor = customers.get(merge.survivor_id);
    const absorbed = customers.get(merge.absorbed_id);
    if (!survivor || !absorbed) throw new TRPCError({ code: "NOT_FOUND", message: "No such customer" });
    const refusal = checkUnmerge({
      undone: merge.undone_at !== null,
      survivorMergedInto: survivor.merged_into,
      erased: survivor.erased_at !== null || absorbed.erased_at !== null,
    });
    if (refusal) throw refuseMerge("CONFLICT", refusal);
    // Detach first so the subtree below is the absorbed customer's own.
    await trx
      .updateTable("customers")
      .set({ merged_into: null, updated_at: now })
      .where("id", "=", absorbed.id)
      .execute();
    const moved = {} as MergeMoved["counts"];
    for (const table of MERGEABLE_TABLES) {
      const result = await trx
        .updateTable(table)
        .set({ customer_id: absorbed.id })
        .where("customer_id", "=", survivor.id)
        .where(inMergedSubtree("origin_customer_id", absorbed.id))
        .executeTakeFirst();
      moved[table] = Number(result.numUpdatedRows);
    }
    const before = mergeMovedSchema.parse(merge.moved);
    await trx
      .updateTable("customers")
      .set({ tags: before.survivorTagsBefore, updated_at: now })
      .where("id", "=", survivor.id)
      .execute();
    await trx
      .updateTable("merges")
      .set({ undone_at: now, undone_by: caller.userId })
      .where("id", "=", merge.id)
      .execute();
    // Two people again, each with what is theirs: both compared again with everyone.
    await enqueueMatchChecks(trx, [survivor.id, absorbed.id], now);
    await recordMergeChange(trx, {
      kind: "unmerge",
      mergeId: merge.id,
      survivor,
      absorbed,
      moved,
      caller,
      ip: props.ip,
      now,
    });
    return { mergeId: merge.id, survivorId: survivor.id, absorbedId: absorbed.id, moved };
  });
}
