import type { BreakdownGrouping } from "@emma/core";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";

/**
 * Who the rows are: every team (the one asked for, with teamId), so a team with nothing to show is
 * seen to have nothing; agents only where they have conversations (the ids the figures name).
 */
export async function breakdownNames(
  db: Kysely<Database>,
  props: { by: BreakdownGrouping; teamId: string | undefined; ids: readonly string[] },
): Promise<Map<string, string>> {
  const { by, teamId, ids } = props;
  switch (by) {
    case "team": {
      let query = db.selectFrom("teams").select(["id", "name"]);
      if (teamId !== undefined) query = query.where("id", "=", teamId);
      const teams = await query.execute();
      return new Map(teams.map((team) => [team.id, team.name]));
    }
    case "agent": {
      if (ids.length === 0) return new Map();
      const users = await db
        .selectFrom("users")
        .select(["id", "display_name"])
        .where("id", "in", [...ids])
        .execute();
      return new Map(users.map((user) => [user.id, user.display_name]));
    }
    default: {
      const unknown: never = by;
      throw new Error(`Unknown breakdown grouping ${String(unknown)}`);
    }
  }
}
