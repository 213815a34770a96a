import type { UserLiftLoginDelayInput } from "@emma/core";
import { TRPCError } from "@trpc/server";
import type { Kysely } from "kysely";
import { writeAudit } from "../../audit/write-audit.ts";
import type { Database } from "../../db/schema.ts";
import type { Acting } from "./manage-users.ts";

/**
 * An admin ends a user's sign-in delay (the user called: it is them): the failures so far stop
 * counting. Limits per address and overall still apply.
 */
export async function liftLoginDelay(db: Kysely<Database>, input: UserLiftLoginDelayInput, acting: Acting) {
  return db.transaction().execute(async (trx) => {
    const user = await trx
      .updateTable("users")
      .set({ login_delay_lifted_at: acting.now, updated_at: acting.now })
      .where("id", "=", input.userId)
      .returning("id")
      .executeTakeFirst();
    if (!user) throw new TRPCError({ code: "NOT_FOUND", message: "No such user" });
    await writeAudit(trx, {
      actorUserId: acting.actorUserId,
      action: "user.login_delay_lifted",
      subjectType: "user",
      subjectId: user.id,
      ip: acting.ip,
      at: acting.now,
    });
    return { ok: true as const };
  });
}
