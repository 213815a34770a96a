import { sql, type Kysely } from "kysely";

/**
 * The agent console: canned responses, and the index the snooze wake-up scans. One statement per
 * entry (PGlite's extended protocol); PostgreSQL 15 syntax only.
 */
const statements = [
  sql`
    create table canned_responses (
      id uuid primary key default gen_random_uuid(),
      title text not null,
      -- plain text with {{placeholders}}, filled in by the console when inserted
      body text not null,
      -- typed after / in the composer; lower-case, see the contract
      shortcut text,
      -- null: suits both languages
      locale text check (locale in ('de', 'en')),
      -- null: for everyone; a team's responses go with the team
      team_id uuid references teams (id) on delete cascade,
      created_by uuid references users (id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )
  `,
  sql`
    -- one shortcut per language: /karte may exist in German and in English
    create unique index canned_responses_shortcut_key on canned_responses (shortcut, coalesce(locale, '*'))
      where shortcut is not null
  `,
  sql`
    -- cannedResponses.list: global ones and the caller's teams'
    create index canned_responses_team_idx on canned_responses (team_id)
  `,
  sql`
    -- wakeSnoozedConversations: the snoozed ones that are due, soonest first
    create index conversations_snoozed_idx on conversations (snoozed_until) where status = 'snoozed'
  `,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index conversations_snoozed_idx`.execute(db);
  await sql`drop table canned_responses`.execute(db);
}
