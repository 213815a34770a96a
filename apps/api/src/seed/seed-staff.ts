import type { Kysely } from "kysely";
import { hashPassword } from "../auth/password.ts";
import type { Database } from "../db/schema.ts";
import { DEMO_PASSWORD, demoStaff } from "../demo/index.ts";

/** Demo users and teams, once: an installation that has users keeps them. Returns agent ids by email. */
export async function seedStaff(
  db: Kysely<Database>,
): Promise<{ agentIds: string[]; teamIds: Map<string, string> }> {
  const staff = demoStaff();
  const teamIds = new Map<string, string>();
  for (const team of staff.teams) {
    const row =
      (await db.selectFrom("teams").select("id").where("name", "=", team.name).executeTakeFirst()) ??
      (await db.insertInto("teams").values({ name: team.name }).returning("id").executeTakeFirstOrThrow());
    teamIds.set(team.name, row.id);
  }
  // One hash for all demo users: they share the documented demo password anyway.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const agentIds: string[] = [];
  for (const user of staff.users) {
    const existing = await db
      .selectFrom("users")
      .select("id")
      .where("email", "=", user.email)
      .executeTakeFirst();
    const id =
      existing?.id ??
      (
        await db
          .insertInto("users")
          .values({
            email: user.email,
            display_name: user.displayName,
            role: user.role,
            locale: user.locale,
            password_hash: passwordHash,
          })
          .returning("id")
          .executeTakeFirstOrThrow()
      ).id;
    if (!existing) {
      for (const teamName of user.teams) {
        const teamId = teamIds.get(teamName);
        if (teamId) await db.insertInto("team_members").values({ team_id: teamId, user_id: id }).execute();
      }
    }
    if (user.role === "agent") agentIds.push(id);
  }
  return { agentIds, teamIds };
}
