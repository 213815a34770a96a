import { sql, type Kysely } from "kysely";

/** What sign-in throttling reads (see core's checkLoginThrottle). One statement per entry. */
const statements = [
  sql`
    -- an admin lifted the account's sign-in delay: failures before this no longer count
    alter table users add column login_delay_lifted_at timestamptz
  `,
  sql`
    -- what an attempt is counted against: the IPv4 address, or the IPv6 address's /64 (core addressSource)
    alter table login_attempts add column source text
  `,
  sql`update login_attempts set source = ip where ip not like '%:%'`,
  sql`
    -- the per-address limit and the known-address check
    create index login_attempts_source_at_idx on login_attempts (source, at desc)
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
  await sql`drop index login_attempts_source_at_idx, login_attempts_failed_at_idx`.execute(db);
  await sql`alter table login_attempts drop column source`.execute(db);
  await sql`alter table users drop column login_delay_lifted_at`.execute(db);
}
