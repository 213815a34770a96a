import { sql, type Kysely } from "kysely";

/**
 * A withheld or anonymous caller is nobody we know: their call is a conversation (and timeline item)
 * without a customer until an agent attaches it to one (conversations.attachCustomer). Making a
 * customer per anonymous call filled the customer list with "Unbekannt" people who could never be
 * found again, since nothing identifies them.
 */
const KINDS_BEFORE = sql`'message', 'call', 'voicemail', 'forum_post', 'note', 'status_change', 'assignment', 'merge', 'unmerge'`;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of ["conversations", "timeline_events"]) {
    await sql`alter table ${sql.table(table)} alter column customer_id drop not null`.execute(db);
    await sql`alter table ${sql.table(table)} alter column origin_customer_id drop not null`.execute(db);
    // Both are null, or neither: an item belongs to a customer through both, or to nobody yet.
    await sql`
      alter table ${sql.table(table)} add constraint ${sql.id(`${table}_customer_pair_check`)}
        check ((customer_id is null) = (origin_customer_id is null))
    `.execute(db);
  }
  // Attaching one shows in the conversation as an item of its own: who filed it under whom, when.
  await sql`
    alter table timeline_events drop constraint timeline_events_kind_check,
      add constraint timeline_events_kind_check check (kind in (${KINDS_BEFORE}, 'caller_attached'))
  `.execute(db);
}

/** Refuses while unknown callers' conversations exist: there is no customer to give them. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table timeline_events drop constraint timeline_events_kind_check,
      add constraint timeline_events_kind_check check (kind in (${KINDS_BEFORE}))
  `.execute(db);
  for (const table of ["conversations", "timeline_events"]) {
    await sql`alter table ${sql.table(table)} drop constraint ${sql.id(`${table}_customer_pair_check`)}`.execute(
      db,
    );
    await sql`alter table ${sql.table(table)} alter column customer_id set not null`.execute(db);
    await sql`alter table ${sql.table(table)} alter column origin_customer_id set not null`.execute(db);
  }
}
