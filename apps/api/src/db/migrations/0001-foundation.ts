import { sql, type Kysely } from "kysely";

/**
 * The foundation schema, one statement per entry: PGlite runs each through the extended protocol,
 * which takes a single statement. Every index names the query it serves; keep that true when queries change.
 * Written for both PostgreSQL 15 and PGlite (PostgreSQL 17/18): no syntax newer than 15.
 */
const statements = [
  sql`
    create table teams (
      id uuid primary key default gen_random_uuid(),
      name text not null unique,
      created_at timestamptz not null default now()
    )
  `,
  sql`
    create table users (
      id uuid primary key default gen_random_uuid(),
      email text not null,
      display_name text not null,
      role text not null check (role in ('agent', 'supervisor', 'admin')),
      password_hash text not null,
      locale text not null default 'de' check (locale in ('de', 'en')),
      active boolean not null default true,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )
  `,
  sql`
    -- login looks users up by lower-cased email
    create unique index users_email_key on users (lower(email))
  `,
  sql`
    create table team_members (
      team_id uuid not null references teams (id) on delete cascade,
      user_id uuid not null references users (id) on delete cascade,
      primary key (team_id, user_id)
    )
  `,
  sql`
    -- "my teams" queue: teams of a user
    create index team_members_user_idx on team_members (user_id)
  `,
  sql`
    create table sessions (
      id uuid primary key default gen_random_uuid(),
      user_id uuid not null references users (id) on delete cascade,
      -- sha256 of the opaque token; the token itself is never stored
      token_hash text not null unique,
      created_at timestamptz not null default now(),
      last_seen_at timestamptz not null default now(),
      expires_at timestamptz not null,
      revoked_at timestamptz,
      user_agent text,
      ip text
    )
  `,
  sql`
    -- "my sessions" and revoke-all for a user
    create index sessions_user_idx on sessions (user_id) where revoked_at is null
  `,
  sql`
    create table login_attempts (
      id bigint generated always as identity primary key,
      email text not null,
      ip text,
      succeeded boolean not null,
      at timestamptz not null default now()
    )
  `,
  sql`
    -- throttle: recent failures for one email
    create index login_attempts_email_at_idx on login_attempts (lower(email), at desc)
  `,
  sql`
    create table customers (
      id uuid primary key default gen_random_uuid(),
      display_name text not null,
      locale text,
      tags text[] not null default '{}',
      -- set when merged away; the row is kept so the merge can be undone
      merged_into uuid references customers (id),
      erased_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )
  `,
  sql`
    -- customers.search by name (prefix / word match)
    create index customers_name_idx on customers (lower(display_name) text_pattern_ops) where merged_into is null
  `,
  sql`
    create index customers_merged_into_idx on customers (merged_into) where merged_into is not null
  `,
  sql`
    create table connectors (
      id uuid primary key default gen_random_uuid(),
      kind text not null,
      name text not null,
      enabled boolean not null default true,
      -- non-secret settings, validated by the connector's zod schema
      config jsonb not null default '{}',
      -- AES-256-GCM ciphertext of the secret settings; never returned by the API
      secrets text,
      default_country text not null default 'DE',
      poll_cursor jsonb,
      last_event_at timestamptz,
      last_error text,
      last_error_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )
  `,
  sql`
    create table inbound_events (
      id uuid primary key default gen_random_uuid(),
      connector_id uuid not null references connectors (id),
      -- provider's event id, or a hash of the body when the provider has none
      dedupe_key text not null,
      content_type text not null,
      headers jsonb not null default '{}',
      -- exactly as received (utf-8 text, or base64 for binary payloads, see encoding)
      body text not null,
      encoding text not null default 'utf8' check (encoding in ('utf8', 'base64')),
      status text not null default 'pending' check (status in ('pending', 'processed', 'failed')),
      attempts integer not null default 0,
      last_error text,
      received_at timestamptz not null default now(),
      processed_at timestamptz,
      unique (connector_id, dedupe_key)
    )
  `,
  sql`
    -- the ingest worker's queue scan (FOR UPDATE SKIP LOCKED)
    create index inbound_events_pending_idx on inbound_events (received_at) where status = 'pending'
  `,
  sql`
    create table identities (
      id uuid primary key default gen_random_uuid(),
      customer_id uuid not null references customers (id),
      -- the customer this row was first attributed to; never changed, so a merge can be undone exactly
      origin_customer_id uuid not null references customers (id),
      kind text not null check (kind in ('email', 'phone', 'facebook', 'twitter', 'forum')),
      -- normalized: lower-case email with ASCII domain, E.164 phone, provider ids
      value text not null,
      -- what people recognise: the handle, the name on the page, the number as written
      display text,
      connector_id uuid references connectors (id),
      first_inbound_event_id uuid references inbound_events (id),
      linked_by uuid references users (id),
      created_at timestamptz not null default now(),
      unique (kind, value)
    )
  `,
  sql`
    -- the 360's identity list and merge moves
    create index identities_customer_idx on identities (customer_id)
  `,
  sql`
    -- customers.search by handle / display fragment
    create index identities_display_idx on identities (lower(display) text_pattern_ops)
  `,
  sql`
    create table customer_products (
      id uuid primary key default gen_random_uuid(),
      customer_id uuid not null references customers (id),
      -- the customer this row was first attributed to; never changed, so a merge can be undone exactly
      origin_customer_id uuid not null references customers (id),
      kind text not null check (kind in ('account', 'card', 'loan', 'deposit', 'insurance', 'contract', 'product')),
      name text not null,
      -- account number / IBAN / contract number as the system of record shows it (masked for display by the presenter)
      reference text not null,
      status text not null default 'active' check (status in ('active', 'pending', 'blocked', 'closed')),
      opened_at date,
      balance_minor bigint,
      currency text,
      source_system text not null,
      details jsonb not null default '{}',
      created_at timestamptz not null default now(),
      unique (source_system, reference)
    )
  `,
  sql`
    -- the 360's accounts and products list
    create index customer_products_customer_idx on customer_products (customer_id)
  `,
  sql`
    create table consents (
      customer_id uuid not null references customers (id),
      -- e.g. 'email', 'phone', 'marketing', 'recording'
      purpose text not null,
      granted boolean not null,
      source text not null,
      recorded_at timestamptz not null default now(),
      recorded_by uuid references users (id),
      primary key (customer_id, purpose)
    )
  `,
  sql`
    create table conversations (
      id uuid primary key default gen_random_uuid(),
      customer_id uuid not null references customers (id),
      -- the customer this row was first attributed to; never changed, so a merge can be undone exactly
      origin_customer_id uuid not null references customers (id),
      connector_id uuid references connectors (id),
      channel text not null check (channel in ('email', 'phone', 'facebook', 'twitter', 'forum', 'internal')),
      external_thread_key text not null,
      -- the customer identity this thread is with; decides where the thread goes on unmerge
      identity_id uuid references identities (id),
      subject text,
      status text not null default 'open' check (status in ('open', 'pending', 'resolved', 'snoozed')),
      priority text not null default 'normal' check (priority in ('low', 'normal', 'high', 'urgent')),
      assignee_id uuid references users (id),
      team_id uuid references teams (id),
      tags text[] not null default '{}',
      snoozed_until timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      last_message_at timestamptz not null default now(),
      last_inbound_at timestamptz,
      first_response_at timestamptz,
      resolved_at timestamptz,
      unique (connector_id, external_thread_key)
    )
  `,
  sql`
    -- queues: mine / team / unassigned / all, newest activity first
    create index conversations_assignee_idx on conversations (assignee_id, status, last_message_at desc)
  `,
  sql`
    create index conversations_team_idx on conversations (team_id, status, last_message_at desc)
  `,
  sql`
    create index conversations_status_idx on conversations (status, last_message_at desc)
  `,
  sql`
    -- the 360's open conversations and merge moves
    create index conversations_customer_idx on conversations (customer_id, last_message_at desc)
  `,
  sql`
    create table timeline_events (
      id uuid primary key default gen_random_uuid(),
      customer_id uuid not null references customers (id),
      -- the customer this row was first attributed to; never changed, so a merge can be undone exactly
      origin_customer_id uuid not null references customers (id),
      conversation_id uuid references conversations (id),
      connector_id uuid references connectors (id),
      channel text not null check (channel in ('email', 'phone', 'facebook', 'twitter', 'forum', 'internal')),
      kind text not null check (kind in ('message', 'call', 'voicemail', 'forum_post', 'note', 'status_change', 'assignment', 'merge', 'unmerge')),
      direction text not null check (direction in ('inbound', 'outbound', 'internal')),
      occurred_at timestamptz not null,
      author_user_id uuid references users (id),
      author_identity_id uuid references identities (id),
      author_name text,
      subject text,
      body_text text not null default '',
      -- sanitized on the server before it is stored
      body_html text,
      metadata jsonb not null default '{}',
      -- provider's id of this item; null for things made inside Emma (notes, status changes)
      external_id text,
      -- provenance: the raw event, or the user action (author_user_id) that produced this item
      inbound_event_id uuid references inbound_events (id),
      created_at timestamptz not null default now(),
      search tsvector generated always as (
        setweight(to_tsvector('german', coalesce(subject, '')), 'A') ||
        to_tsvector('german', body_text) ||
        to_tsvector('english', body_text)
      ) stored,
      unique (connector_id, external_id)
    )
  `,
  sql`
    -- timeline.list keyset pagination: customer, newest first, id as tie-breaker
    create index timeline_customer_idx on timeline_events (customer_id, occurred_at desc, id desc)
  `,
  sql`
    -- conversations.get: the thread's messages in order
    create index timeline_conversation_idx on timeline_events (conversation_id, occurred_at desc, id desc)
  `,
  sql`
    -- supervisor full-text search across channels
    create index timeline_search_idx on timeline_events using gin (search)
  `,
  sql`
    create table merges (
      id uuid primary key default gen_random_uuid(),
      survivor_id uuid not null references customers (id),
      absorbed_id uuid not null references customers (id),
      reason text not null,
      evidence jsonb not null default '[]',
      -- what moved, for the explanation; unmerge itself moves back every row whose origin_customer_id
      -- is the absorbed customer (or one merged into it), which restores the state exactly
      moved jsonb not null,
      merged_by uuid references users (id),
      merged_at timestamptz not null default now(),
      undone_at timestamptz,
      undone_by uuid references users (id)
    )
  `,
  sql`
    create index merges_survivor_idx on merges (survivor_id, merged_at desc)
  `,
  sql`
    create index merges_absorbed_idx on merges (absorbed_id, merged_at desc)
  `,
  sql`
    create table merge_suggestions (
      id uuid primary key default gen_random_uuid(),
      -- ordered pair (customer_a < customer_b) so one pair has one open suggestion
      customer_a uuid not null references customers (id),
      customer_b uuid not null references customers (id),
      reasons jsonb not null,
      inbound_event_id uuid references inbound_events (id),
      status text not null default 'open' check (status in ('open', 'merged', 'dismissed')),
      created_at timestamptz not null default now(),
      decided_by uuid references users (id),
      decided_at timestamptz,
      check (customer_a < customer_b)
    )
  `,
  sql`
    create unique index merge_suggestions_open_pair_idx on merge_suggestions (customer_a, customer_b) where status = 'open'
  `,
  sql`
    create index merge_suggestions_b_idx on merge_suggestions (customer_b) where status = 'open'
  `,
  sql`
    create table outbox (
      id uuid primary key default gen_random_uuid(),
      conversation_id uuid not null references conversations (id),
      connector_id uuid references connectors (id),
      timeline_event_id uuid not null references timeline_events (id),
      -- one reply is sent once, even if the agent's click arrives twice
      idempotency_key text not null unique,
      payload jsonb not null,
      status text not null default 'queued' check (status in ('queued', 'sending', 'sent', 'failed')),
      attempts integer not null default 0,
      next_attempt_at timestamptz not null default now(),
      last_error text,
      external_id text,
      created_by uuid references users (id),
      created_at timestamptz not null default now(),
      sent_at timestamptz
    )
  `,
  sql`
    -- the outbox worker's queue scan (FOR UPDATE SKIP LOCKED)
    create index outbox_due_idx on outbox (next_attempt_at) where status = 'queued'
  `,
  sql`
    create table audit_log (
      id bigint generated always as identity primary key,
      at timestamptz not null default now(),
      actor_user_id uuid references users (id),
      action text not null,
      subject_type text not null,
      subject_id text,
      customer_id uuid references customers (id),
      details jsonb not null default '{}',
      ip text
    )
  `,
  sql`
    -- "who looked at / changed this customer" and "what did this user do"
    create index audit_customer_idx on audit_log (customer_id, at desc) where customer_id is not null
  `,
  sql`
    create index audit_actor_idx on audit_log (actor_user_id, at desc)
  `,
  sql`
    -- realtime fan-out: a row per event, NOTIFY carries its id; resumable by last event id
    create table realtime_events (
      id bigint generated always as identity primary key,
      topic text not null,
      -- null: every signed-in user; otherwise only these users
      user_ids uuid[],
      payload jsonb not null,
      created_at timestamptz not null default now()
    )
  `,
  sql`
    create index realtime_events_created_idx on realtime_events (created_at)
  `,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table realtime_events, audit_log, outbox, merge_suggestions, merges, timeline_events,
      conversations, consents, customer_products, identities, inbound_events, connectors, customers,
      login_attempts, sessions, team_members, users, teams cascade;
  `.execute(db);
}
