import type { TeamCreateInput, TeamUpdateInput } from "@emma/core";
import { TRPCError } from "@trpc/server";
import { sql, type Kysely, type Transaction } from "kysely";
import type { Database } from "../../db/schema.ts";
import { writeAudit } from "../../audit/write-audit.ts";

import type { Acting } from "../users/manage-users.ts";

export async function listTeams(db: Kysely<Database>) {
  const [teams, members, conversations] = await Promise.all([
    db.selectFrom("teams").selectAll().orderBy("name").execute(),
    db.selectFrom("team_members").selectAll().execute(),
    db
      .selectFrom("conversations")
      .select(["team_id", sql<number>`count(*)::int`.as("count")])
      .where("team_id", "is not", null)
      .groupBy("team_id")
      .execute(),
  ]);
  return teams.map((team) => ({
    id: team.id,
    name: team.name,
    memberIds: members.filter((m) => m.team_id === team.id).map((m) => m.user_id),
    /** Conversations routed to the team; deleting it leaves them without a team. */
    conversationCount: conversations.find((c) => c.team_id === team.id)?.count ?? 0,
  }));
}

export async function createTeam(db: Kysely<Database>, input: TeamCreateInput, acting: Acting) {
  return db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom("teams")
      .select("id")
      .where("name", "=", input.name)
      .executeTakeFirst();
    if (existing) throw new TRPCError({ code: "CONFLICT", message: "A team with this name exists already" });
    const team = await trx
      .insertInto("teams")
      .values({ name: input.name })
      .returningAll()
      .executeTakeFirstOrThrow();
    await setMembers(trx, team.id, input.memberIds);
    await writeAudit(trx, {
      actorUserId: acting.actorUserId,
      action: "team.created",
      subjectType: "team",
      subjectId: team.id,
      details: { name: input.name },
      ip: acting.ip,
      at: acting.now,
    });
    return { id: team.id, name: team.name, memberIds: input.memberIds };
  });
}

export async function updateTeam(db: Kysely<Database>, input: TeamUpdateInput, acting: Acting) {
  return db.transaction().execute(async (trx) => {
    const team = await trx
      .selectFrom("teams")
      .selectAll()
      .where("id", "=", input.teamId)
      .forUpdate()
      .executeTakeFirst();
    if (!team) throw new TRPCError({ code: "NOT_FOUND", message: "No such team" });
    if (input.name !== undefined && input.name !== team.name) {
      const clash = await trx
        .selectFrom("teams")
        .select("id")
        .where("name", "=", input.name)
        .executeTakeFirst();
      if (clash) throw new TRPCError({ code: "CONFLICT", message: "A team with this name exists already" });
      await trx.updateTable("teams").set({ name: input.name }).where("id", "=", team.id).execute();
    }
    if (input.memberIds) await setMembers(trx, team.id, input.memberIds);
    await writeAudit(trx, {
      actorUserId: acting.actorUserId,
      action: "team.updated",
      subjectType: "team",
      subjectId: team.id,
      details: { ...input },
      ip: acting.ip,
      at: acting.now,
    });
    const members = await trx
      .selectFrom("team_members")
      .select("user_id")
      .where("team_id", "=", team.id)
      .execute();
    return { id: team.id, name: input.name ?? team.name, memberIds: members.map((m) => m.user_id) };
  });
}

/** A team with conversations routed to it keeps them; they lose the team, not their history. */
export async function deleteTeam(db: Kysely<Database>, teamId: string, acting: Acting) {
  return db.transaction().execute(async (trx) => {
    await trx.updateTable("conversations").set({ team_id: null }).where("team_id", "=", teamId).execute();
    const deleted = await trx
      .deleteFrom("teams")
      .where("id", "=", teamId)
      .returning("name")
      .executeTakeFirst();
    if (!deleted) throw new TRPCError({ code: "NOT_FOUND", message: "No such team" });
    await writeAudit(trx, {
      actorUserId: acting.actorUserId,
      action: "team.deleted",
      subjectType: "team",
      subjectId: teamId,
      details: { name: deleted.name },
      ip: acting.ip,
      at: acting.now,
    });
    return { id: teamId };
  });
}

async function setMembers(trx: Transaction<Database>, teamId: string, memberIds: string[]): Promise<void> {
  const unique = [...new Set(memberIds)];
  await trx.deleteFrom("team_members").where("team_id", "=", teamId).execute();
  if (unique.length === 0) return;
  const found = await trx.selectFrom("users").select("id").where("id", "in", unique).execute();
  if (found.length !== unique.length)
    throw new TRPCError({ code: "BAD_REQUEST", message: "One of the members does not exist" });
  await trx
    .insertInto("team_members")
    .values(unique.map((userId) => ({ team_id: teamId, user_id: userId })))
    .execute();
}
