import type { Kysely, Transaction } from "kysely";
import type { Database } from "../../db/schema.ts";

/** Macros with the names the presenter shows. */
export function macroQuery(db: Kysely<Database> | Transaction<Database>) {
  return db
    .selectFrom("macros as m")
    .leftJoin("teams as t", "t.id", "m.team_id")
    .leftJoin("users as au", "au.id", "m.assignee_user_id")
    .leftJoin("teams as at", "at.id", "m.assign_team_id")
    .leftJoin("users as cu", "cu.id", "m.created_by")
    .selectAll("m")
    .select([
      "t.name as team_name",
      "au.display_name as assignee_name",
      "at.name as assign_team_name",
      "cu.display_name as created_by_name",
    ]);
}

/** Global macros and those of the caller's teams: what the caller may apply. */
export function usableMacroQuery(db: Kysely<Database> | Transaction<Database>, userId: string) {
  return macroQuery(db).where((eb) =>
    eb.or([
      eb("m.team_id", "is", null),
      eb("m.team_id", "in", eb.selectFrom("team_members").select("team_id").where("user_id", "=", userId)),
    ]),
  );
}
