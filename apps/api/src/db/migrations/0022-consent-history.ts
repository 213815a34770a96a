import { sql, type Kysely } from "kysely";

/**
 * Consent becomes a history of the customer's decisions (issue 14, GDPR Art. 7 and 21): per
 * channel (null: every channel) and purpose (service, marketing, call recording), granted or
 * withdrawn, with how, by whom and when it was recorded, and the message it came from when the
 * customer's own "STOP" recorded it. Rows are only ever added; the latest decides.
 *
 * The imported rows of 0001 named channels and purposes in one word: `email` and `phone` were
 * consent to be written to or called about one's matters (service on that channel), `marketing`
 * applied to every channel, `recording` to calls. They become `import` records with their source
 * as the note. A row with any other word fits no purpose: such rows stay, untouched, in
 * `consents_unmapped_0022` for someone to decide on, rather than being guessed at or lost.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table consents rename to consents_0001`.execute(db);
  await sql`alter index consents_pkey rename to consents_0001_pkey`.execute(db);
  await sql`
    create table consents (
      id uuid primary key default gen_random_uuid(),
      customer_id uuid not null references customers (id),
      channel text check (channel in ('email', 'phone', 'facebook', 'twitter', 'forum')),
      purpose text not null check (purpose in ('service', 'marketing', 'recording')),
      state text not null check (state in ('granted', 'withdrawn')),
      how text not null
        check (how in ('agent', 'letter', 'web', 'unsubscribe', 'customer-keyword', 'import')),
      recorded_at timestamptz not null default now(),
      recorded_by uuid references users (id),
      note text,
      -- The customer's message that recorded it ("STOP"); one message records each purpose once.
      source_item_id uuid references timeline_events (id),
      unique (source_item_id, purpose)
    )
  `.execute(db);
  await sql`create index consents_customer on consents (customer_id, recorded_at desc)`.execute(db);
  await sql`
    insert into consents (customer_id, channel, purpose, state, how, recorded_at, recorded_by, note)
    select customer_id,
      case purpose when 'email' then 'email' when 'phone' then 'phone' when 'recording' then 'phone' end,
      case purpose when 'email' then 'service' when 'phone' then 'service' else purpose end,
      case when granted then 'granted' else 'withdrawn' end,
      'import', recorded_at, recorded_by, source
    from consents_0001 where purpose in ('email', 'phone', 'marketing', 'recording')
  `.execute(db);
  const { rows } = await sql<{ unmapped: number }>`
    select count(*)::int as unmapped from consents_0001
    where purpose not in ('email', 'phone', 'marketing', 'recording')
  `.execute(db);
  if ((rows[0]?.unmapped ?? 0) === 0) await sql`drop table consents_0001`.execute(db);
  else {
    await sql`alter table consents_0001 rename to consents_unmapped_0022`.execute(db);
    await sql`delete from consents_unmapped_0022 where purpose in ('email', 'phone', 'marketing', 'recording')`.execute(
      db,
    );
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table consents`.execute(db);
  await sql`
    create table consents (
      customer_id uuid not null references customers (id),
      purpose text not null,
      granted boolean not null,
      source text not null,
      recorded_at timestamptz not null default now(),
      recorded_by uuid references users (id),
      primary key (customer_id, purpose)
    )
  `.execute(db);
}
