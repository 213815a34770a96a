import { sql, type Kysely } from "kysely";

/**
 * A connector whose polls fail backs off: how many failed in a row, and when the next try is due.
 * On the row, so every API instance (whichever holds the poll lease) keeps the same pace, and the
 * admin sees it with the connector's health.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table connectors add column poll_failures integer not null default 0,
      add column poll_retry_at timestamptz
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table connectors drop column poll_failures, drop column poll_retry_at`.execute(db);
}
