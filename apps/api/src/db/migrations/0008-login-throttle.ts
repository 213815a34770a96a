import { sql, type Kysely } from "kysely";

/** What sign-in throttling reads (see core's checkLoginThrottle). One statement per entry. */
const statements = [
  sql`
    -- an admin lifted the account's sign-in delay: failures before this no longer count
    alter table users add column login_delay_lifted_at timestamptz
  `,
  sql`
    -- the per-address limit: recent failures from one source address
    create index login_attempts_ip_at_idx on login_attempts (ip, at desc) where not succeeded
  `,
  sql`
    -- the overall limit: recent failures everywhere
    create index login_attempts_failed_at_idx on login_attempts (at desc) where not succeeded
  `,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index login_attempts_ip_at_idx, login_attempts_failed_at_idx`.execute(db);
  await sql`alter table users drop column login_delay_lifted_at`.execute(db);
}
