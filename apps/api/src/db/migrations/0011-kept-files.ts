import { sql, type Kysely } from "kysely";

/**
 * Files that inbound items name only by a URL that expires (Messenger's CDN links) are fetched after
 * ingest and kept here. `kept_files` is content-addressed, so a file sent twice is kept once; items
 * point at it by `sha256` in their `metadata.attachments[i]`. `file_fetches` is the work still to do,
 * one row per attachment, written in the ingest transaction and deleted once the file is kept or
 * given up on; instances claim due rows with SKIP LOCKED (DESIGN invariant 9).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table kept_files (
      sha256 text primary key check (sha256 ~ '^[0-9a-f]{64}$'),
      content bytea not null,
      content_type text not null,
      size integer not null check (size >= 0),
      fetched_at timestamptz not null default now()
    )
  `.execute(db);
  await sql`
    create table file_fetches (
      id uuid primary key default gen_random_uuid(),
      timeline_event_id uuid not null references timeline_events (id) on delete cascade,
      attachment_index smallint not null check (attachment_index >= 0),
      url text not null,
      attempts integer not null default 0,
      next_attempt_at timestamptz not null default now(),
      last_error text,
      unique (timeline_event_id, attachment_index)
    )
  `.execute(db);
  await sql`create index file_fetches_due on file_fetches (next_attempt_at)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table file_fetches`.execute(db);
  await sql`drop table kept_files`.execute(db);
}
