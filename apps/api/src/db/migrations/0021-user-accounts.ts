import { sql, type Kysely } from "kysely";

/**
 * What the admin area's users page needs (issue 14): when each user last signed in, whether they
 * must replace an initial password before anything else, and the hash of a one-time set-password
 * link with its end. One pending link per user: issuing a new one replaces the old.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table users
      add column last_login_at timestamptz,
      add column must_change_password boolean not null default false,
      add column set_password_token_hash text unique,
      add column set_password_token_expires_at timestamptz
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table users
      drop column last_login_at,
      drop column must_change_password,
      drop column set_password_token_hash,
      drop column set_password_token_expires_at
  `.execute(db);
}
