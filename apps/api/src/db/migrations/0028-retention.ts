import { sql, type Kysely } from "kysely";

/**
 * Retention (issue 14): the job that applies the admins' rules.
 *
 * - `content_removed_at` on conversations and raw events: when the job removed their content. Rows
 *   stay, so reports stay true and the (connector, dedupe key) keeps a provider's late retry out.
 * - Partial indexes: each run finds what is due without reading what it already handled.
 * - `retention_runs`: one row per run, the last shown to admins; at most one unfinished run across all
 *   instances (the unique index), taken over after its lease when its instance died.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table conversations add column content_removed_at timestamptz`.execute(db);
  await sql`alter table inbound_events add column content_removed_at timestamptz`.execute(db);
  await sql`
    create index conversations_retention_due on conversations (last_message_at)
    where status = 'resolved' and content_removed_at is null
  `.execute(db);
  await sql`
    create index inbound_events_retention_due on inbound_events (received_at)
    where status = 'processed' and content_removed_at is null
  `.execute(db);
  await sql`
    create index timeline_events_recordings_due on timeline_events (occurred_at)
    where kind in ('call', 'voicemail')
      and (metadata -> 'call' ->> 'recordingUrl' is not null or metadata -> 'call' ->> 'transcript' is not null)
  `.execute(db);
  await sql`
    create table retention_runs (
      id uuid primary key default gen_random_uuid(),
      trigger text not null check (trigger in ('schedule', 'admin')),
      started_by uuid references users (id),
      started_at timestamptz not null,
      lease_until timestamptz not null,
      finished_at timestamptz,
      counts jsonb not null default '{}',
      error text
    )
  `.execute(db);
  await sql`create unique index retention_runs_one_unfinished on retention_runs ((finished_at is null)) where finished_at is null`.execute(
    db,
  );
  await sql`create index retention_runs_recent on retention_runs (started_at desc)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table retention_runs`.execute(db);
  await sql`drop index timeline_events_recordings_due`.execute(db);
  await sql`drop index inbound_events_retention_due`.execute(db);
  await sql`drop index conversations_retention_due`.execute(db);
  await sql`alter table inbound_events drop column content_removed_at`.execute(db);
  await sql`alter table conversations drop column content_removed_at`.execute(db);
}
