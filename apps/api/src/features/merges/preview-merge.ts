import { mergeDifferences, type MergePreviewInput } from "@emma/core";
import { TRPCError } from "@trpc/server";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";

/** What a merge of these two customers would join, and what differs between them. */
export async function previewMerge(db: Kysely<Database>, input: MergePreviewInput) {
  const rows = await db
    .selectFrom("customers")
    .select(["id", "display_name", "locale"])
    .where("id", "in", [input.survivorId, input.absorbedId])
    .execute();
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
  };
}
