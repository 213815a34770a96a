import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";

/** Active colleagues with their teams, for assigning: no emails, no sign-in facts. */
export async function listDirectory(db: Kysely<Database>) {
  const [users, memberships] = await Promise.all([
    db
      .selectFrom("users")
      .select(["id", "display_name", "role"])
      .where("active", "=", true)
      .orderBy("display_name")
      .execute(),
    db.selectFrom("team_members").selectAll().execute(),
  ]);
  return users.map((user) => ({
    id: user.id,
    displayName: user.display_name,
    role: user.role,
    teamIds: memberships.filter((m) => m.user_id === user.id).map((m) => m.team_id),
  }));
}
