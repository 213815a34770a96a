import { accountChangeRefusal, type UserCreateInput, type UserUpdateInput } from "@emma/core";
import { TRPCError } from "@trpc/server";
import { sql, type Kysely, type Transaction } from "kysely";
import { announceSessionsEnded } from "../../auth/session-notice.ts";
import type { Database } from "../../db/schema.ts";
import { writeAudit } from "../../audit/write-audit.ts";
import { prepareSignIn, type AccountSignIn } from "./sign-in-setup.ts";
import { presentUser } from "./user-presenter.ts";
import { refuseUserChange } from "./user-refusal-error.ts";

export interface Acting {
  /** null for the command line, which acts as the installation itself. */
  actorUserId: string | null;
  ip: string | null;
  now: Date;
}

export type CreateUserProps = Omit<UserCreateInput, "signIn"> & { signIn: AccountSignIn };

/** Creates an account; with a link, its secret is returned once for the admin to hand over. */
export async function createUser(db: Kysely<Database>, input: CreateUserProps, acting: Acting) {
  const prepared = await prepareSignIn(input.signIn, acting.now);
  return db.transaction().execute(async (trx) => {
    const taken = await trx
      .selectFrom("users")
      .select("id")
      .where(sql<string>`lower(email)`, "=", input.email.toLowerCase())
      .executeTakeFirst();
    if (taken) throw refuseUserChange("CONFLICT", "email_taken");
    const user = await trx
      .insertInto("users")
      .values({
        email: input.email,
        display_name: input.displayName,
        role: input.role,
        locale: input.locale,
        ...prepared.columns,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await setTeams(trx, user.id, input.teamIds);
    await writeAudit(trx, {
      actorUserId: acting.actorUserId,
      action: "user.created",
      subjectType: "user",
      subjectId: user.id,
      details: { role: input.role, signIn: input.signIn.kind, teamIds: input.teamIds },
      ip: acting.ip,
      at: acting.now,
    });
    return { user: presentUser(user, input.teamIds), setPasswordLink: prepared.link };
  });
}

/** The audit action of an update: a change of activity is named, being what an auditor looks for. */
function updateAction(active: boolean | undefined) {
  if (active === undefined) return "user.updated";
  return active ? "user.reactivated" : "user.deactivated";
}

export async function updateUser(db: Kysely<Database>, input: UserUpdateInput, acting: Acting) {
  return db.transaction().execute(async (trx) => {
    // The user and every active admin, locked in one statement in id order: two admins demoting
    // each other at once take turns (locking them one by one, each in its own order, deadlocked),
    // and the second counts the admins the first left.
    const locked = await trx
      .selectFrom("users")
      .select(["id", "role", "active"])
      .where((eb) =>
        eb.or([eb("id", "=", input.userId), eb.and([eb("role", "=", "admin"), eb("active", "=", true)])]),
      )
      .orderBy("id")
      .forUpdate()
      .execute();
    const target = locked.find((user) => user.id === input.userId);
    if (!target) throw new TRPCError({ code: "NOT_FOUND", message: "No such user" });
    const otherAdmins = locked.filter(
      (user) => user.id !== target.id && user.role === "admin" && user.active,
    );
    const refusal = accountChangeRefusal({
      actorUserId: acting.actorUserId,
      target,
      role: input.role,
      active: input.active,
      otherActiveAdmins: otherAdmins.length,
    });
    if (refusal) throw refuseUserChange("BAD_REQUEST", refusal);
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
      .executeTakeFirstOrThrow();
    if (input.teamIds) await setTeams(trx, user.id, input.teamIds);
    if (input.active === false || (input.role !== undefined && input.role !== target.role))
      await revokeAllSessions(trx, user.id, acting.now);
    await writeAudit(trx, {
      actorUserId: acting.actorUserId,
      action: updateAction(input.active),
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
