import type { Transaction } from "kysely";
import type { Database } from "../../db/schema.ts";
import { inMergedSubtree } from "../customers/resolve-customer-id.ts";

/**
 * A merge of two live customers answers every open suggestion between them, also those made for
 * customers merged into either of them before: they close as merged, in either direction. Run
 * before the absorbed customer joins the survivor's subtree, while the two subtrees are apart.
 *
 * An unmerge does not reopen them. The undo says this merge was wrong, not that the evidence
 * should be put before someone again at once; whether the pair comes up again is the matcher's
 * call on fresh evidence, and "not the same person" is the way to say never.
 */
export async function closeSuggestionsBetween(
  trx: Transaction<Database>,
  survivorId: string,
  absorbedId: string,
  decision: { userId: string | null; now: Date },
) {
  await trx
    .updateTable("merge_suggestions")
    .set({ status: "merged", decided_by: decision.userId, decided_at: decision.now })
    .where("status", "=", "open")
    .where((eb) =>
      eb.or([
        eb.and([inMergedSubtree("customer_a", survivorId), inMergedSubtree("customer_b", absorbedId)]),
        eb.and([inMergedSubtree("customer_a", absorbedId), inMergedSubtree("customer_b", survivorId)]),
      ]),
    )
    .execute();
}
