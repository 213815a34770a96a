import { LOGIN_THROTTLE, type LoginThrottleState } from "@emma/core";
import { sql, type Kysely } from "kysely";
import type { Database } from "../db/schema.ts";

/** An address that signed in to an account within this time is that user's own. */
const KNOWN_ADDRESS_MS = 30 * 24 * 60 * 60_000;

/**
 * What core's `checkLoginThrottle` needs about one attempt, read from login_attempts. `source` is the
 * attempt's address as core's `addressSource` counts it.
 */
export async function readLoginThrottle(
  db: Kysely<Database>,
  email: string,
  source: string | null,
  now: Date,
): Promise<LoginThrottleState> {
  const forgetBefore = new Date(now.getTime() - LOGIN_THROTTLE.accountMemoryMs);
  const { rows } = await sql<{ failures: number; last_failure: Date | null }>`
    select count(*)::int as failures, max(at) as last_failure
    from login_attempts
    where lower(email) = ${email} and not succeeded
      and at > greatest(
        ${forgetBefore}::timestamptz,
        coalesce((select max(at) from login_attempts where lower(email) = ${email} and succeeded), '-infinity'),
        coalesce((select max(login_delay_lifted_at) from users where lower(email) = ${email}), '-infinity')
      )
  `.execute(db);
  const account = rows[0];
  const knownAddress =
    source !== null &&
    (await db
      .selectFrom("login_attempts")
      .select("id")
      .where(sql<string>`lower(email)`, "=", email)
      .where("source", "=", source)
      .where("succeeded", "=", true)
      .where("at", ">", new Date(now.getTime() - KNOWN_ADDRESS_MS))
      .limit(1)
      .executeTakeFirst()) !== undefined;
  const addressFailures =
    source === null
      ? []
      : await recentFailures(
          db,
          LOGIN_THROTTLE.addressWindowMs,
          LOGIN_THROTTLE.addressMaxFailures,
          now,
          source,
        );
  const overallFailures = await recentFailures(
    db,
    LOGIN_THROTTLE.overallWindowMs,
    LOGIN_THROTTLE.overallMaxFailures,
    now,
  );
  return {
    accountFailures: account?.failures ?? 0,
    lastAccountFailureAt: account?.last_failure ? new Date(account.last_failure) : null,
    knownAddress,
    addressFailures,
    overallFailures,
  };
}

/** Failure times within the window, newest first, as many as the limit looks at. */
async function recentFailures(
  db: Kysely<Database>,
  windowMs: number,
  limit: number,
  now: Date,
  source?: string,
): Promise<Date[]> {
  let query = db
    .selectFrom("login_attempts")
    .select("at")
    .where("succeeded", "=", false)
    .where("at", ">", new Date(now.getTime() - windowMs))
    .orderBy("at", "desc")
    .limit(limit);
  if (source !== undefined) query = query.where("source", "=", source);
  return (await query.execute()).map((row) => row.at);
}
