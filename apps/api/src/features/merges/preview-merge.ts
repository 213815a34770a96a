import { mergeDifferences, type MergePreviewInput } from "@emma/core";
import { TRPCError } from "@trpc/server";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import { inMergedSubtree } from "../customers/resolve-customer-id.ts";

/** What a merge of these two customers would join, and what differs between them. */
export async function previewMerge(db: Kysely<Database>, input: MergePreviewInput) {
  const [rows, distinct] = await Promise.all([
    db
      .selectFrom("customers")
      .select(["id", "display_name", "locale"])
      .where("id", "in", [input.survivorId, input.absorbedId])
      .execute(),
    markedDistinct(db, input),
  ]);
  const survivor = rows.find((row) => row.id === input.survivorId);
  const absorbed = rows.find((row) => row.id === input.absorbedId);
  if (!survivor || !absorbed) throw new TRPCError({ code: "NOT_FOUND", message: "No such customer" });
  return {
    survivor: { id: survivor.id, displayName: survivor.display_name },
    absorbed: { id: absorbed.id, displayName: absorbed.display_name },
    differences: mergeDifferences(
      { displayName: survivor.display_name, locale: survivor.locale },
      { displayName: absorbed.display_name, locale: absorbed.locale },
    ),
    /**
     * Someone said these are two people ("not the same person"). A merge stays allowed (people
     * change their minds, evidence grows), but the console shows who said it and when first.
     */
    markedDistinct: distinct ? { byName: distinct.by_name, at: distinct.decided_at.toISOString() } : null,
  };
}

/** The latest "two people" decision between the two customers or anyone merged into either. */
function markedDistinct(db: Kysely<Database>, input: MergePreviewInput) {
  return db
    .selectFrom("distinct_people as d")
    .leftJoin("users as u", "u.id", "d.decided_by")
    .select(["d.decided_at", "u.display_name as by_name"])
    .where((eb) =>
      eb.or([
        eb.and([
          inMergedSubtree("d.customer_a", input.survivorId),
          inMergedSubtree("d.customer_b", input.absorbedId),
        ]),
        eb.and([
          inMergedSubtree("d.customer_a", input.absorbedId),
          inMergedSubtree("d.customer_b", input.survivorId),
        ]),
      ]),
    )
    .orderBy("d.decided_at", "desc")
    .limit(1)
    .executeTakeFirst();
}
