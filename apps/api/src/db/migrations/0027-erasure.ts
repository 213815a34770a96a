import { sql, type Kysely } from "kysely";

/**
 * Erasure (issue 14, GDPR Art. 17) with four eyes, legal holds and tombstones.
 *
 * - `erasure_requests`: a supervisor asks with a reason; an admin other than the requester approves
 *   or refuses. An approved request runs at `run_after` (later when a duty to keep delays it) and
 *   ends `done` with what it removed, or `failed` with the error and is tried again.
 * - `legal_holds`: while one is active (not lifted) the customer's data may not be erased.
 * - `erasure_tombstones`: SHA-256 of an erased identity (kind and normalized value, keyed): a
 *   replayed or backfilled event of that identity from before the erasure never recreates the
 *   person; a message written after it starts a new, clean customer.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table erasure_requests (
      id uuid primary key default gen_random_uuid(),
      customer_id uuid not null references customers (id),
      reason text not null,
      status text not null default 'requested'
        check (status in ('requested', 'approved', 'refused', 'withdrawn', 'running', 'done', 'failed')),
      requested_by uuid not null references users (id),
      requested_at timestamptz not null,
      decided_by uuid references users (id),
      decided_at timestamptz,
      decision_note text,
      -- Approved: not before this time (now, or when the last duty to keep ends).
      run_after timestamptz,
      attempts int not null default 0,
      last_error text,
      -- While running: the instance's lease; a crashed instance's request is taken up again after it.
      lease_until timestamptz,
      finished_at timestamptz,
      -- What the erasure removed, by kind: counts only.
      summary jsonb,
      check (status <> 'approved' or run_after is not null)
    )
  `.execute(db);
  // One open request per customer: a second supervisor sees the first instead of filing another.
  await sql`
    create unique index erasure_requests_one_open on erasure_requests (customer_id)
    where status in ('requested', 'approved', 'running', 'failed')
  `.execute(db);
  await sql`create index erasure_requests_due on erasure_requests (run_after) where status in ('approved', 'failed')`.execute(
    db,
  );

  await sql`
    create table legal_holds (
      id uuid primary key default gen_random_uuid(),
      customer_id uuid not null references customers (id),
      reason text not null,
      placed_by uuid not null references users (id),
      placed_at timestamptz not null,
      lifted_by uuid references users (id),
      lifted_at timestamptz,
      lift_note text
    )
  `.execute(db);
  await sql`create index legal_holds_active on legal_holds (customer_id) where lifted_at is null`.execute(db);

  await sql`
    create table erasure_tombstones (
      identity_hash text primary key,
      erased_at timestamptz not null,
      erasure_id uuid not null references erasure_requests (id)
    )
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table erasure_tombstones`.execute(db);
  await sql`drop table legal_holds`.execute(db);
  await sql`drop table erasure_requests`.execute(db);
}
