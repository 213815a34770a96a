import { addressSource, checkLoginThrottle, type LoginRefusal } from "@emma/core";
import { TRPCError } from "@trpc/server";
import { sql, type Kysely } from "kysely";
import type { Database } from "../db/schema.ts";
import type { Logger } from "../services.ts";
import { readLoginThrottle } from "./login-throttle-state.ts";
import { decoyVerify, verifyPassword } from "./password.ts";
import { openSession } from "./open-session.ts";

interface LoginProps {
  email: string;
  password: string;
  ip: string | null;
  userAgent: string | null;
  now: Date;
  log: Logger;
}

export interface LoginResult {
  token: string;
  sessionId: string;
  userId: string;
  expiresAt: Date;
}

/** A sign-in refused before its password was checked; the console words it from `refusal`. */
export class LoginThrottledError extends Error {
  override readonly name = "LoginThrottledError";
  constructor(readonly refusal: LoginRefusal) {
    super(`Too many sign-in attempts (${refusal.reason}); retry after ${refusal.retryAfterSeconds} s`);
  }
}

/**
 * Checks the password, throttled by core's rules over what the database holds (so every API
 * instance applies the same limits), and opens a session. Every checked attempt is recorded.
 */
export async function login(db: Kysely<Database>, props: LoginProps): Promise<LoginResult> {
  const email = props.email.trim().toLowerCase();
  const attemptId = await admitAttempt(db, email, props);

  const user = await db
    .selectFrom("users")
    .select(["id", "password_hash", "active"])
    .where(sql<string>`lower(email)`, "=", email)
    .executeTakeFirst();
  const passwordOk = user
    ? await verifyPassword(user.password_hash, props.password)
    : await decoyVerify(props.password);
  const succeeded = Boolean(user?.active) && passwordOk;
  if (!user || !succeeded) {
    // One message for an unknown email, a wrong password and a deactivated user: no account probing.
    throw new TRPCError({ code: "UNAUTHORIZED", message: "Email or password is wrong" });
  }
  await db.updateTable("login_attempts").set({ succeeded: true }).where("id", "=", attemptId).execute();
  await db.updateTable("users").set({ last_login_at: props.now }).where("id", "=", user.id).execute();

  const session = await openSession(db, {
    userId: user.id,
    now: props.now,
    userAgent: props.userAgent,
    ip: props.ip,
  });
  return { ...session, userId: user.id };
}

/** The advisory lock one account's sign-in decisions take turns on. */
export function loginLockKey(email: string): string {
  return `emma.login:${email}`;
}

/**
 * Decides whether this attempt may check a password and, if so, records it as a failure until it
 * succeeds. Deciding and recording happen under one lock per account, so guesses sent in parallel
 * are counted one after the other instead of all passing the same check.
 */
async function admitAttempt(
  db: Kysely<Database>,
  email: string,
  props: Pick<LoginProps, "ip" | "now" | "log">,
): Promise<string> {
  const source = addressSource(props.ip);
  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(hashtext(${loginLockKey(email)}))`.execute(trx);
    const refusal = checkLoginThrottle(await readLoginThrottle(trx, email, source, props.now), props.now);
    if (refusal) {
      // Refused attempts are not recorded: they check nothing, and counting them would let an
      // attacker stretch the real user's delay for free.
      props.log.warn("login: refused by throttling", { ip: props.ip, ...refusal });
      throw new LoginThrottledError(refusal);
    }
    const attempt = await trx
      .insertInto("login_attempts")
      .values({ email, ip: props.ip, source, succeeded: false, at: props.now })
      .returning("id")
      .executeTakeFirstOrThrow();
    return attempt.id;
  });
}
