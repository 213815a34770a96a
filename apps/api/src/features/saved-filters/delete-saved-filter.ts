import { TRPCError } from "@trpc/server";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import { writeAudit } from "../../audit/write-audit.ts";
import type { Caller } from "../../trpc/context.ts";

/** Deletes one of the caller's own saved views; someone else's is "not found", as it is to them. */
export async function deleteSavedFilter(
  db: Kysely<Database>,
  props: { caller: Caller; id: string; ip: string | null; now: Date },
) {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .deleteFrom("saved_filters")
      .where("id", "=", props.id)
      .where("user_id", "=", props.caller.userId)
      .returning(["id", "name"])
      .executeTakeFirst();
    if (!row) throw new TRPCError({ code: "NOT_FOUND", message: "No such saved view" });
    await writeAudit(trx, {
      actorUserId: props.caller.userId,
      action: "saved_filter.deleted",
      subjectType: "saved_filter",
      subjectId: row.id,
      details: { name: row.name },
      ip: props.ip,
      at: props.now,
    });
    return { id: row.id };
  });
}
