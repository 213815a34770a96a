import { sql, type Kysely } from "kysely";

/**
 * Queues that show the work (issue 11).
 *
 * `waiting_since` is core's "waiting for us since" (`conversation/waiting.ts`), with `answered_at`,
 * the last answer or settling that a late-delivered older message must not undo. `wait_rank` is the
 * queue's default order as one ascending number: customers still waiting first, longest wait first
 * (microseconds since 1970), then the rest by latest activity (a constant minus those microseconds).
 * One ascending key lets a page be one index range from a keyset cursor; `extract(epoch from
 * timestamptz)` is only stable (other fields read the session's time zone), the difference of two
 * timestamptz values and the epoch of an interval are immutable, as a generated column needs.
 *
 * Every queue × status × order reads one index range per (queue key, status): the list query asks
 * each status (and each of the agent's teams) separately and merges the ordered ranges (UNION ALL →
 * Merge Append), so "open + pending" never sorts every matching row. These indexes replace 0001's
 * three queue indexes, which lacked the id tie-breaker the keyset needs.
 */
const RANK = sql`
  case when waiting_since is not null
    then (extract(epoch from waiting_since - timestamptz '1970-01-01 00:00:00+00') * 1000000)::bigint
    else 9000000000000000000 - (extract(epoch from last_message_at - timestamptz '1970-01-01 00:00:00+00') * 1000000)::bigint
  end
`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table conversations add column waiting_since timestamptz, add column answered_at timestamptz`.execute(
    db,
  );
  await backfillWaiting(db);
  await sql`alter table conversations add column wait_rank bigint generated always as (${RANK}) stored`.execute(
    db,
  );
  for (const old of ["conversations_assignee_idx", "conversations_team_idx", "conversations_status_idx"])
    await sql`drop index ${sql.id(old)}`.execute(db);
  const queueKeys = [
    // mine
    ["assignee", sql`assignee_id, status`],
    // team: one range per team of the agent's
    ["team", sql`team_id, status`],
    // all
    ["status", sql`status`],
  ] as const;
  for (const [name, key] of queueKeys) {
    await sql`create index ${sql.id(`conversations_${name}_wait_idx`)} on conversations (${key}, wait_rank, id)`.execute(
      db,
    );
    await sql`create index ${sql.id(`conversations_${name}_newest_idx`)} on conversations (${key}, last_message_at desc, id desc)`.execute(
      db,
    );
  }
  // unassigned: the same ranges as the assignee index, but only the unassigned rows, so the planner
  // never prefers the status index and filters a status's every assigned row (it cannot know that
  // resolved conversations are seldom unassigned).
  await sql`create index conversations_unassigned_wait_idx on conversations (status, wait_rank, id) where assignee_id is null`.execute(
    db,
  );
  await sql`create index conversations_unassigned_newest_idx on conversations (status, last_message_at desc, id desc) where assignee_id is null`.execute(
    db,
  );
  // The tag filter: the planner picks this for rare tags and the ordered queue index for common ones.
  await sql`create index conversations_tags_idx on conversations using gin (tags)`.execute(db);

  // Tags in use, for suggestions; a tag is created by using it.
  await sql`
    create table conversation_tags (
      tag text primary key,
      created_by uuid references users (id) on delete set null,
      created_at timestamptz not null default now()
    )
  `.execute(db);
  await sql`insert into conversation_tags (tag) select distinct unnest(tags) from conversations on conflict do nothing`.execute(
    db,
  );

  // Queue views an agent saved for themselves, listed in their queue nav.
  await sql`
    create table saved_filters (
      id uuid primary key default gen_random_uuid(),
      user_id uuid not null references users (id) on delete cascade,
      name text not null,
      view jsonb not null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )
  `.execute(db);
  await sql`create unique index saved_filters_user_name_key on saved_filters (user_id, lower(name))`.execute(
    db,
  );
}

/**
 * Conversations from before this migration, by core's rule over their timeline: waiting since the
 * earliest customer message after our latest answer (a reply, a call taken, resolving or setting
 * pending); nobody waits on a resolved or pending one. The live paths keep it from now on.
 */
async function backfillWaiting(db: Kysely<unknown>): Promise<void> {
  await sql`
    with answers as (
      select conversation_id, max(occurred_at) as at
      from timeline_events
      where conversation_id is not null and (
        (direction = 'outbound' and kind in ('message', 'forum_post'))
        or (kind = 'call' and metadata->'call'->>'status' = 'completed')
        or (kind = 'status_change' and metadata->>'to' in ('resolved', 'pending')))
      group by conversation_id
    ), waits as (
      select e.conversation_id, min(e.occurred_at) as since
      from timeline_events e
      left join answers a on a.conversation_id = e.conversation_id
      where e.conversation_id is not null and e.direction = 'inbound' and e.metadata->'automated' is null
        and (e.kind in ('message', 'forum_post', 'voicemail')
          or (e.kind = 'call' and e.metadata->'call'->>'status' in ('busy', 'no-answer', 'canceled', 'failed')))
        and (a.at is null or e.occurred_at > a.at)
      group by e.conversation_id
    )
    update conversations c set
      answered_at = case when c.status in ('resolved', 'pending')
        then greatest(a.at, c.resolved_at, c.last_message_at) else a.at end,
      waiting_since = case when c.status in ('resolved', 'pending') then null else w.since end
    from conversations c2
    left join answers a on a.conversation_id = c2.id
    left join waits w on w.conversation_id = c2.id
    where c.id = c2.id
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table saved_filters`.execute(db);
  await sql`drop table conversation_tags`.execute(db);
  await sql`drop index conversations_tags_idx`.execute(db);
  await sql`drop index conversations_unassigned_wait_idx`.execute(db);
  await sql`drop index conversations_unassigned_newest_idx`.execute(db);
  for (const name of ["assignee", "team", "status"]) {
    await sql`drop index ${sql.id(`conversations_${name}_wait_idx`)}`.execute(db);
    await sql`drop index ${sql.id(`conversations_${name}_newest_idx`)}`.execute(db);
  }
  await sql`alter table conversations drop column wait_rank, drop column waiting_since, drop column answered_at`.execute(
    db,
  );
  await sql`create index conversations_assignee_idx on conversations (assignee_id, status, last_message_at desc)`.execute(
    db,
  );
  await sql`create index conversations_team_idx on conversations (team_id, status, last_message_at desc)`.execute(
    db,
  );
  await sql`create index conversations_status_idx on conversations (status, last_message_at desc)`.execute(
    db,
  );
}
