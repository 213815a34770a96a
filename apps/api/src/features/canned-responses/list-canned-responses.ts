import { can, type CannedResponseListInput } from "@emma/core";
import { TRPCError } from "@trpc/server";
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../../db/schema.ts";
import type { Caller } from "../../trpc/context.ts";
import { presentCannedResponse } from "./canned-response-presenter.ts";

/** The composer's picker: global ones and those of the caller's teams. Managers may ask for all. */
export async function listCannedResponses(
  db: Kysely<Database>,
  props: { caller: Caller; input: CannedResponseListInput },
) {
  const { caller, input } = props;
  if (input.scope === "all" && !can(caller.role, "cannedResponse.manage")) {
    throw new TRPCError({ code: "FORBIDDEN", message: "Only supervisors and admins see every team's" });
  }
  let query = cannedResponseQuery(db).orderBy("r.title").orderBy("r.id");
  if (input.scope === "usable") {
    query = query.where((eb) =>
      eb.or([
        eb("r.team_id", "is", null),
        eb(
          "r.team_id",
          "in",
          eb.selectFrom("team_members").select("team_id").where("user_id", "=", caller.userId),
        ),
      ]),
    );
  }
  return (await query.execute()).map(presentCannedResponse);
}

/** Canned responses with the names the presenter shows. */
export function cannedResponseQuery(db: Kysely<Database> | Transaction<Database>) {
  return db
    .selectFrom("canned_responses as r")
    .leftJoin("teams as t", "t.id", "r.team_id")
    .leftJoin("users as u", "u.id", "r.created_by")
    .selectAll("r")
    .select(["t.name as team_name", "u.display_name as created_by_name"]);
}
