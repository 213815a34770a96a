import { TRPCError } from "@trpc/server";
import { sql, type Kysely } from "kysely";
import type { Database } from "../db/schema.ts";
import { decoyVerify, verifyPassword } from "./password.ts";
import { openSession } from "./open-session.ts";

/** After this many failures for one email within the window, login waits until the window has passed. */
export const MAX_FAILURES = 5;
export const FAILURE_WINDOW_MS = 15 * 60 * 1000;

interface LoginProps {
  email: string;
  password: string;
  ip: string | null;
  userAgent: string | null;
  now: Date;
}

export interface LoginResult {
  token: string;
  sessionId: string;
  userId: string;
  expiresAt: Date;
}

/** Checks the password (throttled per email) and opens a session. Every attempt is recorded. */
export async function login(db: Kysely<Database>, props: LoginProps): Promise<LoginResult> {
  const email = props.email.trim().toLowerCase();
  await refuseWhenThrottled(db, email, props.now);

  const user = await db
    .selectFrom("users")
    .select(["id", "password_hash", "active"])
    .where(sql<string>`lower(email)`, "=", email)
    .executeTakeFirst();
  const passwordOk = user
    ? await verifyPassword(user.password_hash, props.password)
    : await decoyVerify(props.password);
  const succeeded = Boolean(user?.active) && passwordOk;

  await db.insertInto("login_attempts").values({ email, ip: props.ip, succeeded, at: props.now }).execute();
  if (!user || !succeeded) {
    // One message for an unknown email, a wrong password and a deactivated user: no account probing.
    throw new TRPCError({ code: "UNAUTHORIZED", message: "Email or password is wrong" });
  }

  const session = await openSession(db, {
    userId: user.id,
    now: props.now,
    userAgent: props.userAgent,
    ip: props.ip,
  });
  return { ...session, userId: user.id };
}

async function refuseWhenThrottled(db: Kysely<Database>, email: string, now: Date): Promise<void> {
  const since = new Date(now.getTime() - FAILURE_WINDOW_MS);
  const recent = await db
    .selectFrom("login_attempts")
    .select(["succeeded", "at"])
    .where(sql<string>`lower(email)`, "=", email)
    .where("at", ">", since)
    .orderBy("at", "desc")
    .limit(MAX_FAILURES)
    .execute();
  const failuresInARow = recent.findIndex((attempt) => attempt.succeeded);
  const failures = failuresInARow === -1 ? recent.length : failuresInARow;
  if (failures < MAX_FAILURES) return;
  const oldest = recent[MAX_FAILURES - 1];
  const retryAt = (oldest?.at.getTime() ?? now.getTime()) + FAILURE_WINDOW_MS;
  const minutes = Math.max(1, Math.ceil((retryAt - now.getTime()) / 60_000));
  throw new TRPCError({
    code: "TOO_MANY_REQUESTS",
    message: `Too many failed sign-ins for this email. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
  });
}
