import { sql, type Kysely } from "kysely";

/**
 * Desk-wide settings admins keep in the console (issue 13/14): one row per setting, its value the
 * JSON its core schema parses on every read, so a value written by an older or newer API is
 * checked rather than trusted. A missing row means the setting's default.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table service_settings (
      key text primary key,
      value jsonb not null,
      updated_at timestamptz not null default now(),
      updated_by uuid references users (id)
    )
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table service_settings`.execute(db);
}
