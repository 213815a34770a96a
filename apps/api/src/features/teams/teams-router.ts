import { teamCreateInputSchema, teamDeleteInputSchema, teamUpdateInputSchema } from "@emma/core";
import { authedProcedure, procedureWith, router } from "../../trpc/trpc.ts";
import { createTeam, deleteTeam, listTeams, updateTeam } from "./manage-teams.ts";

export const teamsRouter = router({
  /** Every signed-in user sees the teams: queues and assignment are organised by them. */
  list: authedProcedure.query(({ ctx }) => listTeams(ctx.services.database.db)),
  create: procedureWith("team.manage")
    .input(teamCreateInputSchema)
    .mutation(({ ctx, input }) =>
      createTeam(ctx.services.database.db, input, {
        actorUserId: ctx.caller.userId,
        ip: ctx.ip,
        now: ctx.services.now(),
      }),
    ),
  update: procedureWith("team.manage")
    .input(teamUpdateInputSchema)
    .mutation(({ ctx, input }) =>
      updateTeam(ctx.services.database.db, input, {
        actorUserId: ctx.caller.userId,
        ip: ctx.ip,
        now: ctx.services.now(),
      }),
    ),
  delete: procedureWith("team.manage")
    .input(teamDeleteInputSchema)
    .mutation(({ ctx, input }) =>
      deleteTeam(ctx.services.database.db, input.teamId, {
        actorUserId: ctx.caller.userId,
        ip: ctx.ip,
        now: ctx.services.now(),
      }),
    ),
});
