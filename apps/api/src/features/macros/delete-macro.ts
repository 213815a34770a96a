import { TRPCError } from "@trpc/server";
import type { Kysely } from "kysely";
import { writeAudit } from "../../audit/write-audit.ts";
import type { Database } from "../../db/schema.ts";
import type { Caller } from "../../trpc/context.ts";
import { macroActionsOf } from "./macro-presenter.ts";

export async function deleteMacro(
  db: Kysely<Database>,
  props: { caller: Caller; id: string; ip: string | null; now: Date },
) {
  return db.transaction().execute(async (trx) => {
    const deleted = await trx
      .deleteFrom("macros")
      .where("id", "=", props.id)
      .returningAll()
      .executeTakeFirst();
    if (!deleted) throw new TRPCError({ code: "NOT_FOUND", message: "No such macro" });
    await writeAudit(trx, {
      actorUserId: props.caller.userId,
      action: "macro.deleted",
      subjectType: "macro",
      subjectId: deleted.id,
      // The whole macro, so a deletion by mistake can be set up again from the audit log.
      details: {
        title: deleted.title,
        key: deleted.key,
        teamId: deleted.team_id,
        ...macroActionsOf(deleted),
      },
      ip: props.ip,
      at: props.now,
    });
    return { id: deleted.id };
  });
}
