import { sql, type Kysely } from "kysely";

/**
 * Macros: a reply sent as it is plus a status, tags and an assignment, applied to a conversation in
 * one transaction. A table of their own rather than columns on canned_responses: a canned response is
 * a text the agent edits before sending (its body is required, found by /word in the composer), a
 * macro acts at once and may have no text at all (found by a digit in the m list). Same permission
 * and team scope as canned responses, managed in the same dialog.
 *
 * `macro_applications` makes applying idempotent (one row per key, written in the same
 * transaction) and records which macro changed which conversation.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table macros (
      id uuid primary key default gen_random_uuid(),
      title text not null,
      -- plain text with {{placeholders}}, filled in by the API when applied; null: actions only
      reply text,
      -- typed in the m list to pick the macro at once
      key text check (key ~ '^[1-9]$'),
      -- null: for everyone; a team's macros go with the team
      team_id uuid references teams (id) on delete cascade,
      add_tags text[] not null default '{}',
      assignee text not null default 'keep' check (assignee in ('keep', 'me', 'nobody', 'user')),
      assignee_user_id uuid references users (id),
      -- a macro routing to a team that is gone would route nowhere: it goes with the team
      assign_team_id uuid references teams (id) on delete cascade,
      status_after text check (status_after in ('open', 'pending', 'resolved')),
      created_by uuid references users (id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check ((assignee = 'user') = (assignee_user_id is not null))
    )
  `.execute(db);
  await sql`create unique index macros_key_key on macros (key) where key is not null`.execute(db);
  await sql`create index macros_team_idx on macros (team_id)`.execute(db);
  await sql`
    create table macro_applications (
      id uuid primary key default gen_random_uuid(),
      idempotency_key text not null unique,
      -- kept when the macro is deleted: the audit log holds what it did
      macro_id uuid references macros (id) on delete set null,
      conversation_id uuid not null references conversations (id) on delete cascade,
      reply_outbox_id uuid references outbox (id) on delete set null,
      applied_by uuid not null references users (id),
      applied_at timestamptz not null default now()
    )
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table macro_applications`.execute(db);
  await sql`drop table macros`.execute(db);
}
