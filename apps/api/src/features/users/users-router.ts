import {
  userCreateInputSchema,
  userLiftLoginDelayInputSchema,
  userResetPasswordInputSchema,
  userUpdateInputSchema,
} from "@emma/core";
import { procedureWith, router } from "../../trpc/trpc.ts";
import type { Caller, Context } from "../../trpc/context.ts";
import { liftLoginDelay } from "./lift-login-delay.ts";
import { listDirectory } from "./list-directory.ts";
import { listUsers } from "./list-users.ts";
import { createUser, updateUser } from "./manage-users.ts";
import { resetPassword } from "./reset-password.ts";

function actingOf(ctx: Context & { caller: Caller }) {
  return { actorUserId: ctx.caller.userId, ip: ctx.ip, now: ctx.services.now() };
}

export const usersRouter = router({
  /** Colleagues to assign to: names and teams of active users, no emails. */
  directory: procedureWith("conversation.assign").query(({ ctx }) => listDirectory(ctx.services.database.db)),
  list: procedureWith("user.manage").query(({ ctx }) =>
    listUsers(ctx.services.database.db, ctx.services.now()),
  ),
  create: procedureWith("user.manage")
    .input(userCreateInputSchema)
    .mutation(({ ctx, input }) => createUser(ctx.services.database.db, input, actingOf(ctx))),
  update: procedureWith("user.manage")
    .input(userUpdateInputSchema)
    .mutation(({ ctx, input }) => updateUser(ctx.services.database.db, input, actingOf(ctx))),
  resetPassword: procedureWith("user.manage")
    .input(userResetPasswordInputSchema)
    .mutation(({ ctx, input }) => resetPassword(ctx.services.database.db, input, actingOf(ctx))),
  liftLoginDelay: procedureWith("user.manage")
    .input(userLiftLoginDelayInputSchema)
    .mutation(({ ctx, input }) => liftLoginDelay(ctx.services.database.db, input, actingOf(ctx))),
});
