import type { SetPasswordWithLinkInput } from "@emma/core";
import type { Kysely } from "kysely";
import { hashPassword } from "../../auth/password.ts";
import { hashSessionToken } from "../../auth/session-token.ts";
import { writeAudit } from "../../audit/write-audit.ts";
import type { Database } from "../../db/schema.ts";
import { revokeAllSessions } from "../users/manage-users.ts";
import { refuseUserChange } from "../users/user-refusal-error.ts";

/**
 * Someone holding a one-time link sets the password of the account it was made for. The link works
 * once, until it expires, and only for an active account. Returns the e-mail to sign in with.
 */
export async function setPasswordWithLink(
  db: Kysely<Database>,
  input: SetPasswordWithLinkInput,
  acting: { ip: string | null; now: Date },
): Promise<{ email: string }> {
  const passwordHash = await hashPassword(input.password);
  return db.transaction().execute(async (trx) => {
    const user = await trx
      .updateTable("users")
      .set({
        password_hash: passwordHash,
        must_change_password: false,
        set_password_token_hash: null,
        set_password_token_expires_at: null,
        updated_at: acting.now,
      })
      .where("set_password_token_hash", "=", hashSessionToken(input.token))
      .where("set_password_token_expires_at", ">", acting.now)
      .where("active", "=", true)
      .returning(["id", "email"])
      .executeTakeFirst();
    if (!user) throw refuseUserChange("BAD_REQUEST", "link_invalid");
    await revokeAllSessions(trx, user.id, acting.now);
    await writeAudit(trx, {
      actorUserId: user.id,
      action: "user.password_set_by_link",
      subjectType: "user",
      subjectId: user.id,
      ip: acting.ip,
      at: acting.now,
    });
    return { email: user.email };
  });
}
