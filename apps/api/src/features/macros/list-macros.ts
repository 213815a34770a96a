import { can, type MacroListInput } from "@emma/core";
import { TRPCError } from "@trpc/server";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import type { Caller } from "../../trpc/context.ts";
import { presentMacro } from "./macro-presenter.ts";
import { macroQuery, usableMacroQuery } from "./macro-query.ts";

/** The m list: global macros and the caller's teams', by key then title. Managers may ask for all. */
export async function listMacros(db: Kysely<Database>, props: { caller: Caller; input: MacroListInput }) {
  const { caller, input } = props;
  if (input.scope === "all" && !can(caller.role, "cannedResponse.manage")) {
    throw new TRPCError({ code: "FORBIDDEN", message: "Only supervisors and admins see every team's" });
  }
  const query = input.scope === "usable" ? usableMacroQuery(db, caller.userId) : macroQuery(db);
  const rows = await query
    // Macros with a key first, in key order, as the m list shows them.
    .orderBy((eb) => eb.fn.coalesce("m.key", eb.val("~")))
    .orderBy("m.title")
    .orderBy("m.id")
    .execute();
  return rows.map(presentMacro);
}
