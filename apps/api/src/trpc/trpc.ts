import { can, type Permission } from "@emma/core";
import { initTRPC, TRPCError } from "@trpc/server";
import { ZodError, z } from "zod";
import { ErasureRefusalError } from "../features/erasure-requests/erasure-refusal-error.ts";
import { LoginThrottledError } from "../auth/login.ts";
import { MergeRefusalError } from "../features/merges/merge-refusal-error.ts";
import { UserRefusalError } from "../features/users/user-refusal-error.ts";
import type { Context } from "./context.ts";

const t = initTRPC.context<Context>().create({
  // Stack traces name server files; only a developer running the API by hand wants them.
  isDev: process.env.NODE_ENV === "development",
  sse: {
    // Keep proxies from closing an idle stream; the client reconnects with Last-Event-ID anyway.
    ping: { enabled: true, intervalMs: 15_000 },
    client: { reconnectAfterInactivityMs: 40_000 },
  },
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    return {
      ...shape,
      data: {
        ...shape.data,
        // Field errors in a shape the console can put next to the inputs.
        fieldErrors: cause instanceof ZodError ? z.flattenError(cause).fieldErrors : null,
        // A throttled sign-in: why and for how long, for the console to say in its language.
        loginRefusal: cause instanceof LoginThrottledError ? cause.refusal : null,
        // A merge rule said no: which one, for the console to say in its language.
        mergeRefusal: cause instanceof MergeRefusalError ? cause.refusal.code : null,
        // An account rule said no (e-mail taken, last admin, …): which one, for the console to word.
        userRefusal: cause instanceof UserRefusalError ? cause.refusal : null,
        // An erasure rule said no: which one and what stands in the way (open request, legal holds).
        erasureRefusal: cause instanceof ErasureRefusalError ? cause.refusal : null,
        // The caller must set their own password first; the console shows that screen.
        passwordChangeRequired: cause instanceof PasswordChangeRequiredError,
      },
    };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const publicProcedure = t.procedure;

class PasswordChangeRequiredError extends Error {
  override readonly name = "PasswordChangeRequiredError";
}

/** What a user who signed in with an initial password may call before setting their own. */
const BEFORE_OWN_PASSWORD: ReadonlySet<string> = new Set([
  "auth.me",
  "auth.changePassword",
  "auth.setLocale",
  "auth.logout",
]);

/** Any signed-in user (who has set their own password, unless the procedure is how they do it). */
export const authedProcedure = t.procedure.use(({ ctx, path, next }) => {
  if (!ctx.caller) throw new TRPCError({ code: "UNAUTHORIZED", message: "Please sign in" });
  if (ctx.caller.mustChangePassword && !BEFORE_OWN_PASSWORD.has(path)) {
    const message = "Set your own password first";
    throw new TRPCError({ code: "FORBIDDEN", message, cause: new PasswordChangeRequiredError(message) });
  }
  return next({ ctx: { ...ctx, caller: ctx.caller } });
});

/** A signed-in user whose role grants `permission` (see the matrix in @emma/core). */
export function procedureWith(permission: Permission) {
  return authedProcedure.use(({ ctx, next }) => {
    if (!can(ctx.caller.role, permission)) {
      throw new TRPCError({ code: "FORBIDDEN", message: `Your role (${ctx.caller.role}) may not do this` });
    }
    return next({ ctx });
  });
}
