import { sql, type Kysely } from "kysely";

/**
 * The forum's own facts about a conversation (issue 12):
 * - The answer to a topic's question: the timeline item (`solution_event_id`), how it was chosen
 *   (accepted through Discourse Solved, or marked helpful by the asker), since when, and whether
 *   a customer wrote it: `solved_by_community` is what reports count as "solved without an agent".
 * - The topic itself deleted or closed at the forum (`thread_removed_at/by`, `thread_closed`), and
 *   when the newest such change happened (`thread_changed_at`): changes arrive in any order.
 * - When a forum account's e-mail address was last asked for (`identities.email_looked_up_at`,
 *   verified-emails.ts), so API instances never ask twice, and what the forum answered
 *   (`email_lookup`): an answered account is not asked again, a failed lookup is retried.
 * - When a connector's catch-up last finished (`connectors.last_polled_at`): a forum is read by
 *   webhook and by catch-up, and "Test connection" tells the admin how current each one is.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table conversations
      add column solution_event_id uuid references timeline_events (id) on delete set null,
      add column solution_kind text check (solution_kind in ('accepted', 'helpful')),
      add column solved_at timestamptz,
      add column solved_by_community boolean not null default false,
      add column thread_removed_at timestamptz,
      add column thread_removed_by text check (thread_removed_by in ('author', 'moderator')),
      add column thread_closed boolean not null default false,
      add column thread_changed_at timestamptz
  `.execute(db);
  await sql`
    alter table identities
      add column email_looked_up_at timestamptz,
      add column email_lookup text check (email_lookup in ('verified', 'unverified', 'none'))
  `.execute(db);
  await sql`alter table connectors add column last_polled_at timestamptz`.execute(db);
  await sql`
    -- reports: questions the community solved, by when
    create index conversations_community_solved_idx on conversations (solved_at) where solved_by_community
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index conversations_community_solved_idx`.execute(db);
  await sql`alter table connectors drop column last_polled_at`.execute(db);
  await sql`alter table identities drop column email_looked_up_at, drop column email_lookup`.execute(db);
  await sql`
    alter table conversations
      drop column solution_event_id, drop column solution_kind, drop column solved_at,
      drop column solved_by_community, drop column thread_removed_at, drop column thread_removed_by,
      drop column thread_closed, drop column thread_changed_at
  `.execute(db);
}
