import {
  changePasswordInputSchema,
  loginInputSchema,
  revokeSessionInputSchema,
  setMyLocaleInputSchema,
  setPasswordWithLinkInputSchema,
} from "@emma/core";
import { TRPCError } from "@trpc/server";
import { LoginThrottledError, login } from "../../auth/login.ts";
import { hashPassword, verifyPassword } from "../../auth/password.ts";
import { announceSessionsEnded } from "../../auth/session-notice.ts";
import { writeAudit } from "../../audit/write-audit.ts";
import { authedProcedure, publicProcedure, router } from "../../trpc/trpc.ts";
import { revokeAllSessions } from "../users/manage-users.ts";
import { setPasswordWithLink } from "./set-password-with-link.ts";

export const authRouter = router({
  login: publicProcedure.input(loginInputSchema).mutation(async ({ ctx, input }) => {
    const db = ctx.services.database.db;
    const now = ctx.services.now();
    const result = await login(db, {
      email: input.email,
      password: input.password,
      ip: ctx.ip,
      userAgent: ctx.userAgent,
      now,
      log: ctx.services.log,
    }).catch((error: unknown) => {
      if (!(error instanceof LoginThrottledError)) throw error;
      // The console words it from data.loginRefusal (see trpc.ts), in its own language.
      throw new TRPCError({ code: "TOO_MANY_REQUESTS", message: error.message, cause: error });
    });
    await writeAudit(db, {
      actorUserId: result.userId,
      action: "session.created",
      subjectType: "session",
      subjectId: result.sessionId,
      ip: ctx.ip,
      at: now,
    });
    return { token: result.token, expiresAt: result.expiresAt.toISOString() };
  }),
  me: authedProcedure.query(({ ctx }) => ({
    id: ctx.caller.userId,
    displayName: ctx.caller.displayName,
    email: ctx.caller.email,
    role: ctx.caller.role,
    locale: ctx.caller.locale,
    sessionId: ctx.caller.sessionId,
    mustChangePassword: ctx.caller.mustChangePassword,
  })),
  logout: authedProcedure.mutation(async ({ ctx }) => {
    const db = ctx.services.database.db;
    const now = ctx.services.now();
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable("sessions")
        .set({ revoked_at: now })
        .where("id", "=", ctx.caller.sessionId)
        .execute();
      await announceSessionsEnded(trx, { ended: "session", sessionId: ctx.caller.sessionId });
      await writeAudit(trx, {
        actorUserId: ctx.caller.userId,
        action: "session.ended",
        subjectType: "session",
        subjectId: ctx.caller.sessionId,
        ip: ctx.ip,
        at: now,
      });
    });
    return { ok: true as const };
  }),
  sessions: authedProcedure.query(async ({ ctx }) => {
    const rows = await ctx.services.database.db
      .selectFrom("sessions")
      .select(["id", "created_at", "last_seen_at", "expires_at", "user_agent", "ip"])
      .where("user_id", "=", ctx.caller.userId)
      .where("revoked_at", "is", null)
      .where("expires_at", ">", ctx.services.now())
      .orderBy("last_seen_at", "desc")
      .execute();
    return rows.map((row) => ({
      id: row.id,
      current: row.id === ctx.caller.sessionId,
      createdAt: row.created_at.toISOString(),
      lastSeenAt: row.last_seen_at.toISOString(),
      expiresAt: row.expires_at.toISOString(),
      userAgent: row.user_agent,
      ip: row.ip,
    }));
  }),
  revokeSession: authedProcedure.input(revokeSessionInputSchema).mutation(async ({ ctx, input }) => {
    const now = ctx.services.now();
    await ctx.services.database.db.transaction().execute(async (trx) => {
      const row = await trx
        .updateTable("sessions")
        .set({ revoked_at: now })
        .where("id", "=", input.sessionId)
        .where("user_id", "=", ctx.caller.userId)
        .where("revoked_at", "is", null)
        .returning("id")
        .executeTakeFirst();
      if (!row) throw new TRPCError({ code: "NOT_FOUND", message: "No such active session of yours" });
      await announceSessionsEnded(trx, { ended: "session", sessionId: row.id });
      await writeAudit(trx, {
        actorUserId: ctx.caller.userId,
        action: "session.revoked",
        subjectType: "session",
        subjectId: row.id,
        ip: ctx.ip,
        at: now,
      });
    });
    return { ok: true as const };
  }),
  changePassword: authedProcedure.input(changePasswordInputSchema).mutation(async ({ ctx, input }) => {
    const db = ctx.services.database.db;
    const now = ctx.services.now();
    const user = await db
      .selectFrom("users")
      .select("password_hash")
      .where("id", "=", ctx.caller.userId)
      .executeTakeFirstOrThrow();
    if (!(await verifyPassword(user.password_hash, input.currentPassword))) {
      throw new TRPCError({ code: "BAD_REQUEST", message: "The current password is wrong" });
    }
    const hash = await hashPassword(input.newPassword);
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable("users")
        .set({ password_hash: hash, must_change_password: false, updated_at: now })
        .where("id", "=", ctx.caller.userId)
        .execute();
      // Every other session ends; this one stays so the user is not thrown out mid-task.
      await revokeAllSessions(trx, ctx.caller.userId, now, ctx.caller.sessionId);
      await writeAudit(trx, {
        actorUserId: ctx.caller.userId,
        action: "user.password_changed",
        subjectType: "user",
        subjectId: ctx.caller.userId,
        ip: ctx.ip,
        at: now,
      });
    });
    // This instance reads the user afresh at once; others hear the notice revokeAllSessions sent.
    ctx.services.sessions.forgetUser(ctx.caller.userId);
    return { ok: true as const };
  }),
  /** Anyone holding a one-time set-password link; the link's secret is the credential. */
  setPasswordWithLink: publicProcedure
    .input(setPasswordWithLinkInputSchema)
    .mutation(({ ctx, input }) =>
      setPasswordWithLink(ctx.services.database.db, input, { ip: ctx.ip, now: ctx.services.now() }),
    ),
  setLocale: authedProcedure.input(setMyLocaleInputSchema).mutation(async ({ ctx, input }) => {
    await ctx.services.database.db
      .updateTable("users")
      .set({ locale: input.locale, updated_at: ctx.services.now() })
      .where("id", "=", ctx.caller.userId)
      .execute();
    ctx.services.sessions.forgetUser(ctx.caller.userId);
    return { locale: input.locale };
  }),
});
