import type { UserCreateInput, UserSetPasswordInput, UserUpdateInput } from "@emma/core";
import { TRPCError } from "@trpc/server";
import { sql, type Kysely, type Transaction } from "kysely";
import { hashPassword } from "../../auth/password.ts";
import { announceSessionsEnded } from "../../auth/session-notice.ts";
import type { Database } from "../../db/schema.ts";
import { writeAudit } from "../../audit/write-audit.ts";
import { presentUser } from "./user-presenter.ts";

export interface Acting {
  /** null for the command line, which acts as the installation itself. */
  actorUserId: string | null;
  ip: string | null;
  now: Date;
}

export async function listUsers(db: Kysely<Database>) {
  const [users, memberships] = await Promise.all([
    db.selectFrom("users").selectAll().orderBy("display_name").execute(),
    db.selectFrom("team_members").selectAll().execute(),
  ]);
  return users.map((user) =>
    presentUser(
      user,
      memberships.filter((m) => m.user_id === user.id).map((m) => m.team_id),
    ),
  );
}

export async function createUser(db: Kysely<Database>, input: UserCreateInput, acting: Acting) {
  const passwordHash = await hashPassword(input.password);
  return db.transaction().execute(async (trx) => {
    const taken = await trx
      .selectFrom("users")
      .select("id")
      .where(sql<string>`lower(email)`, "=", input.email.toLowerCase())
      .executeTakeFirst();
    if (taken) throw new TRPCError({ code: "CONFLICT", message: "A user with this email exists already" });
    const user = await trx
      .insertInto("users")
      .values({
        email: input.email,
        display_name: input.displayName,
        role: input.role,
        locale: input.locale,
        password_hash: passwordHash,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await setTeams(trx, user.id, input.teamIds);
    await writeAudit(trx, {
      actorUserId: acting.actorUserId,
      action: "user.created",
      subjectType: "user",
      subjectId: user.id,
      details: { role: input.role },
      ip: acting.ip,
      at: acting.now,
    });
    return presentUser(user, input.teamIds);
  });
}

export async function updateUser(db: Kysely<Database>, input: UserUpdateInput, acting: Acting) {
  if (
    input.userId === acting.actorUserId &&
    (input.active === false || (input.role && input.role !== "admin"))
  ) {
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: "You cannot deactivate yourself or give up your own admin role",
    });
  }
  return db.transaction().execute(async (trx) => {
    const changes = {
      ...(input.displayName !== undefined ? { display_name: input.displayName } : {}),
      ...(input.role !== undefined ? { role: input.role } : {}),
      ...(input.locale !== undefined ? { locale: input.locale } : {}),
      ...(input.active !== undefined ? { active: input.active } : {}),
    };
    const user = await trx
      .updateTable("users")
      .set({ ...changes, updated_at: acting.now })
      .where("id", "=", input.userId)
      .returningAll()
      .executeTakeFirst();
    if (!user) throw new TRPCError({ code: "NOT_FOUND", message: "No such user" });
    if (input.teamIds) await setTeams(trx, user.id, input.teamIds);
    if (input.active === false || input.role !== undefined) await revokeAllSessions(trx, user.id, acting.now);
    await writeAudit(trx, {
      actorUserId: acting.actorUserId,
      action: "user.updated",
      subjectType: "user",
      subjectId: user.id,
      details: { ...changes, ...(input.teamIds ? { teamIds: input.teamIds } : {}) },
      ip: acting.ip,
      at: acting.now,
    });
    const teams = await trx
      .selectFrom("team_members")
      .select("team_id")
      .where("user_id", "=", user.id)
      .execute();
    return presentUser(
      user,
      teams.map((t) => t.team_id),
    );
  });
}

export async function setUserPassword(db: Kysely<Database>, input: UserSetPasswordInput, acting: Acting) {
  const passwordHash = await hashPassword(input.password);
  return db.transaction().execute(async (trx) => {
    const user = await trx
      .updateTable("users")
      .set({ password_hash: passwordHash, updated_at: acting.now })
      .where("id", "=", input.userId)
      .returning("id")
      .executeTakeFirst();
    if (!user) throw new TRPCError({ code: "NOT_FOUND", message: "No such user" });
    await revokeAllSessions(trx, user.id, acting.now);
    await writeAudit(trx, {
      actorUserId: acting.actorUserId,
      action: "user.password_set",
      subjectType: "user",
      subjectId: user.id,
      ip: acting.ip,
      at: acting.now,
    });
    return { ok: true as const };
  });
}

/**
 * Ends every session of a user but `keepSessionId` on every API instance: the notice clears their
 * session caches and ends their open event streams.
 */
export async function revokeAllSessions(
  trx: Transaction<Database>,
  userId: string,
  now: Date,
  keepSessionId?: string,
): Promise<void> {
  let revoke = trx
    .updateTable("sessions")
    .set({ revoked_at: now })
    .where("user_id", "=", userId)
    .where("revoked_at", "is", null);
  if (keepSessionId !== undefined) revoke = revoke.where("id", "<>", keepSessionId);
  await revoke.execute();
  await announceSessionsEnded(trx, { ended: "user", userId, keepSessionId });
}

async function setTeams(trx: Transaction<Database>, userId: string, teamIds: string[]): Promise<void> {
  await trx.deleteFrom("team_members").where("user_id", "=", userId).execute();
  if (teamIds.length === 0) return;
  const found = await trx.selectFrom("teams").select("id").where("id", "in", teamIds).execute();
  if (found.length !== new Set(teamIds).size)
    throw new TRPCError({ code: "BAD_REQUEST", message: "One of the teams does not exist" });
  await trx
    .insertInto("team_members")
    .values([...new Set(teamIds)].map((teamId) => ({ team_id: teamId, user_id: userId })))
    .execute();
}
