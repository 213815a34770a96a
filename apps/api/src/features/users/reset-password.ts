import type { UserResetPasswordInput } from "@emma/core";
import { TRPCError } from "@trpc/server";
import type { Kysely } from "kysely";
import { writeAudit } from "../../audit/write-audit.ts";
import type { Database } from "../../db/schema.ts";
import { revokeAllSessions, type Acting } from "./manage-users.ts";
import { prepareSignIn } from "./sign-in-setup.ts";

/**
 * An admin replaces a user's password (forgotten, or feared known to someone else): the old one
 * stops working and every session ends at once. The user then signs in with the initial password
 * and sets their own, or sets their own with the one-time link.
 */
export async function resetPassword(db: Kysely<Database>, input: UserResetPasswordInput, acting: Acting) {
  const prepared = await prepareSignIn(input.signIn, acting.now);
  return db.transaction().execute(async (trx) => {
    const user = await trx
      .updateTable("users")
      .set({ ...prepared.columns, updated_at: acting.now })
      .where("id", "=", input.userId)
      .returning("id")
      .executeTakeFirst();
    if (!user) throw new TRPCError({ code: "NOT_FOUND", message: "No such user" });
    await revokeAllSessions(trx, user.id, acting.now);
    await writeAudit(trx, {
      actorUserId: acting.actorUserId,
      action: "user.password_reset",
      subjectType: "user",
      subjectId: user.id,
      details: { signIn: input.signIn.kind },
      ip: acting.ip,
      at: acting.now,
    });
    return { setPasswordLink: prepared.link };
  });
}
