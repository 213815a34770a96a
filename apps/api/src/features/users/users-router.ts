import {
  userCreateInputSchema,
  userLiftLoginDelayInputSchema,
  userSetPasswordInputSchema,
  userUpdateInputSchema,
} from "@emma/core";
import { procedureWith, router } from "../../trpc/trpc.ts";
import { liftLoginDelay } from "./lift-login-delay.ts";
import { createUser, listUsers, setUserPassword, updateUser } from "./manage-users.ts";

export const usersRouter = router({
  /** Colleagues to assign to: names and teams of active users, no emails. */
  directory: procedureWith("conversation.assign").query(async ({ ctx }) => {
    const users = await listUsers(ctx.services.database.db);
    return users
      .filter((u) => u.active)
      .map((u) => ({ id: u.id, displayName: u.displayName, role: u.role, teamIds: u.teamIds }));
  }),
  list: procedureWith("user.manage").query(({ ctx }) => listUsers(ctx.services.database.db)),
  create: procedureWith("user.manage")
    .input(userCreateInputSchema)
    .mutation(({ ctx, input }) =>
      createUser(ctx.services.database.db, input, {
        actorUserId: ctx.caller.userId,
        ip: ctx.ip,
        now: ctx.services.now(),
      }),
    ),
  update: procedureWith("user.manage")
    .input(userUpdateInputSchema)
    .mutation(({ ctx, input }) =>
      updateUser(ctx.services.database.db, input, {
        actorUserId: ctx.caller.userId,
        ip: ctx.ip,
        now: ctx.services.now(),
      }),
    ),
  setPassword: procedureWith("user.manage")
    .input(userSetPasswordInputSchema)
    .mutation(({ ctx, input }) =>
      setUserPassword(ctx.services.database.db, input, {
        actorUserId: ctx.caller.userId,
        ip: ctx.ip,
        now: ctx.services.now(),
      }),
    ),
  liftLoginDelay: procedureWith("user.manage")
    .input(userLiftLoginDelayInputSchema)
    .mutation(({ ctx, input }) =>
      liftLoginDelay(ctx.services.database.db, input, {
        actorUserId: ctx.caller.userId,
        ip: ctx.ip,
        now: ctx.services.now(),
      }),
    ),
});
