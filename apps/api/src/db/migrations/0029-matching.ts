import { sql, type Kysely } from "kysely";

/**
 * Cross-channel merge suggestions (issue 15). The system of record's date of birth and postal
 * address on the customer; blocking keys (the matcher compares two customers only when they share
 * one, found through an index, never a scan); a queue of customers to check, claimed SKIP LOCKED
 * by any instance, filled at ingest, after imports and by sweeps; sweeps with their progress;
 * pairs a person said are two people, never suggested again; the score of a likeness suggestion.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table customers add column birth_date date, add column postal_address jsonb`.execute(db);
  await sql`
    create table customer_match_keys (
      key text not null,
      customer_id uuid not null references customers (id) on delete cascade,
      primary key (key, customer_id)
    )
  `.execute(db);
  await sql`create index customer_match_keys_customer on customer_match_keys (customer_id)`.execute(db);
  await sql`
    create table match_sweeps (
      id uuid primary key default gen_random_uuid(),
      cause text not null check (cause in ('import', 'manual')),
      started_by uuid references users (id),
      started_at timestamptz not null,
      finished_at timestamptz,
      total int not null default 0,
      done int not null default 0,
      suggested int not null default 0
    )
  `.execute(db);
  await sql`create index match_sweeps_started on match_sweeps (started_at desc)`.execute(db);
  await sql`
    create table match_checks (
      customer_id uuid primary key references customers (id) on delete cascade,
      due_at timestamptz not null,
      sweep_id uuid references match_sweeps (id),
      attempts int not null default 0,
      lease_until timestamptz,
      lease_owner text,
      last_error text
    )
  `.execute(db);
  await sql`create index match_checks_due on match_checks (due_at)`.execute(db);
  await sql`create index match_checks_sweep on match_checks (sweep_id) where sweep_id is not null`.execute(
    db,
  );
  await sql`
    create table distinct_people (
      customer_a uuid not null references customers (id),
      customer_b uuid not null references customers (id),
      decided_by uuid references users (id),
      decided_at timestamptz not null,
      suggestion_id uuid references merge_suggestions (id),
      primary key (customer_a, customer_b),
      check (customer_a < customer_b)
    )
  `.execute(db);
  await sql`create index distinct_people_b on distinct_people (customer_b)`.execute(db);
  await sql`alter table merge_suggestions add column score real check (score between 0 and 1)`.execute(db);
  await sql`
    create index merge_suggestions_open_by_score on merge_suggestions (score desc nulls last, created_at, id)
    where status = 'open'
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index merge_suggestions_open_by_score`.execute(db);
  await sql`alter table merge_suggestions drop column score`.execute(db);
  await sql`drop table distinct_people`.execute(db);
  await sql`drop table match_checks`.execute(db);
  await sql`drop table match_sweeps`.execute(db);
  await sql`drop table customer_match_keys`.execute(db);
  await sql`alter table customers drop column birth_date, drop column postal_address`.execute(db);
}
