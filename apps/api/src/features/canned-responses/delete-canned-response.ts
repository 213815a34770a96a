import type { Kysely } from "kysely";
import { TRPCError } from "@trpc/server";
import { writeAudit } from "../../audit/write-audit.ts";
import type { Database } from "../../db/schema.ts";
import type { Caller } from "../../trpc/context.ts";

export async function deleteCannedResponse(
  db: Kysely<Database>,
  props: { caller: Caller; id: string; ip: string | null; now: Date },
) {
  return db.transaction().execute(async (trx) => {
    const deleted = await trx
      .deleteFrom("canned_responses")
      .where("id", "=", props.id)
      .returning(["id", "title", "body", "shortcut"])
      .executeTakeFirst();
    if (!deleted) throw new TRPCError({ code: "NOT_FOUND", message: "No such canned response" });
    await writeAudit(trx, {
      actorUserId: props.caller.userId,
      action: "canned_response.deleted",
      subjectType: "canned_response",
      subjectId: deleted.id,
      // The text itself, so a deletion by mistake can be written again from the audit log.
      details: { title: deleted.title, shortcut: deleted.shortcut, body: deleted.body },
      ip: props.ip,
      at: props.now,
    });
    return { id: deleted.id };
  });
}
