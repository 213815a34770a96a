import type { MacroCreateInput } from "@emma/core";
import { TRPCError } from "@trpc/server";
import type { Transaction } from "kysely";
import type { Database } from "../../db/schema.ts";

/** What the database would refuse, refused first with a message a supervisor understands. */
export async function checkMacro(
  trx: Transaction<Database>,
  candidate: MacroCreateInput & { id?: string },
): Promise<void> {
  for (const teamId of [candidate.teamId, candidate.assignTeamId]) {
    if (teamId === null) continue;
    const team = await trx.selectFrom("teams").select("id").where("id", "=", teamId).executeTakeFirst();
    if (!team) throw new TRPCError({ code: "BAD_REQUEST", message: "No such team" });
  }
  if (candidate.assignee.to === "user") {
    const user = await trx
      .selectFrom("users")
      .select("active")
      .where("id", "=", candidate.assignee.userId)
      .executeTakeFirst();
    if (!user?.active)
      throw new TRPCError({ code: "BAD_REQUEST", message: "That user does not exist or is deactivated" });
  }
  if (candidate.key === null) return;
  let clash = trx.selectFrom("macros").select("title").where("key", "=", candidate.key);
  if (candidate.id) clash = clash.where("id", "!=", candidate.id);
  const taken = await clash.executeTakeFirst();
  if (taken) {
    throw new TRPCError({
      code: "CONFLICT",
      message: `The key ${candidate.key} is already used by the macro "${taken.title}"`,
    });
  }
}

/** A unique violation that slipped past the check above (two saves at once). */
export function keyRace(error: unknown, key: string | null): never {
  if (typeof error === "object" && error !== null && "code" in error && error.code === "23505") {
    throw new TRPCError({ code: "CONFLICT", message: `The key ${key ?? ""} was just taken` });
  }
  throw error;
}

/** The columns of a macro as the form sends it. */
export function macroColumns(input: MacroCreateInput) {
  return {
    title: input.title,
    key: input.key,
    team_id: input.teamId,
    reply: input.reply,
    add_tags: input.addTags,
    assignee: input.assignee.to,
    assignee_user_id: input.assignee.to === "user" ? input.assignee.userId : null,
    assign_team_id: input.assignTeamId,
    status_after: input.status,
  };
}
