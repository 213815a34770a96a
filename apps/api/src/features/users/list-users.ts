import { LOGIN_THROTTLE, accountDelayMs } from "@emma/core";
import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import { presentUser, type SignInDelay, type UserView } from "./user-presenter.ts";

/** Every user with their teams, last sign-in and, if wrong passwords hold them back now, the delay. */
export async function listUsers(db: Kysely<Database>, now: Date): Promise<UserView[]> {
  const [users, memberships, delays] = await Promise.all([
    db.selectFrom("users").selectAll().orderBy("display_name").execute(),
    db.selectFrom("team_members").selectAll().execute(),
    signInDelays(db, now),
  ]);
  return users.map((user) =>
    presentUser(
      user,
      memberships.filter((m) => m.user_id === user.id).map((m) => m.team_id),
      delays.get(user.id) ?? null,
    ),
  );
}

/** The account delay as login's throttle counts it (see `readLoginThrottle`), for every user at once. */
async function signInDelays(db: Kysely<Database>, now: Date): Promise<Map<string, SignInDelay>> {
  const forgetBefore = new Date(now.getTime() - LOGIN_THROTTLE.accountMemoryMs);
  const { rows } = await sql<{ user_id: string; failures: number; last_failure: Date | string }>`
    select u.id as user_id, count(*)::int as failures, max(a.at) as last_failure
    from users u
    join login_attempts a on lower(a.email) = lower(u.email) and not a.succeeded
      and a.at > greatest(
        ${forgetBefore}::timestamptz,
        coalesce((select max(s.at) from login_attempts s where lower(s.email) = lower(u.email) and s.succeeded), '-infinity'),
        coalesce(u.login_delay_lifted_at, '-infinity')
      )
    group by u.id
  `.execute(db);
  const delays = new Map<string, SignInDelay>();
  for (const row of rows) {
    const until = new Date(row.last_failure).getTime() + accountDelayMs(row.failures);
    if (until > now.getTime())
      delays.set(row.user_id, { failures: row.failures, until: new Date(until).toISOString() });
  }
  return delays;
}
