import { TRPCError } from "@trpc/server";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";

/** The customers as they are now, or NOT_FOUND when one was merged away, erased or never known. */
export async function requireLiveCustomers(db: Kysely<Database>, customerIds: readonly string[]) {
  const live = await db
    .selectFrom("customers")
    .select(["id", "display_name", "locale"])
    .where("id", "in", [...customerIds])
    .where("merged_into", "is", null)
    .where("erased_at", "is", null)
    .execute();
  if (live.length !== new Set(customerIds).size)
    throw new TRPCError({
      code: "NOT_FOUND",
      message: "No such customer (merged away, erased or never known)",
    });
  return live;
}
