import { sql, type Kysely } from "kysely";

/**
 * What the last "Test connection" with the stored settings said besides ok or not: the provider's
 * warnings (a token about to expire, a missing permission) and when the token expires, so the
 * admin's health board can show them without calling every provider again.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table connectors
      add column last_check_at timestamptz,
      add column last_check_warnings jsonb not null default '[]'::jsonb,
      add column token_expires_at timestamptz
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table connectors
      drop column last_check_at,
      drop column last_check_warnings,
      drop column token_expires_at
  `.execute(db);
}
