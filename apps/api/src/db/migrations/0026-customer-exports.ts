import { sql, type Kysely } from "kysely";

/**
 * Customer data exports (GDPR Art. 15 and 20): a supervisor asks, any API instance's worker claims
 * the job (SKIP LOCKED, leased: a crashed instance's job is taken up again), writes its progress,
 * and keeps the finished ZIP until `expires_at`; then the worker drops the file, the row stays as a
 * record of who exported when.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table customer_exports (
      id uuid primary key default gen_random_uuid(),
      customer_id uuid not null references customers (id),
      requested_by uuid not null references users (id),
      language text not null check (language in ('de', 'en')),
      time_zone text not null,
      status text not null default 'queued'
        check (status in ('queued', 'running', 'done', 'failed', 'expired')),
      progress_done int not null default 0,
      progress_total int not null default 0,
      attempts int not null default 0,
      lease_until timestamptz,
      error text,
      result bytea,
      result_bytes int,
      created_at timestamptz not null,
      finished_at timestamptz,
      expires_at timestamptz,
      check (status <> 'done' or (result is not null and expires_at is not null))
    )
  `.execute(db);
  await sql`create index customer_exports_customer on customer_exports (customer_id, created_at desc)`.execute(
    db,
  );
  await sql`create index customer_exports_due on customer_exports (created_at) where status in ('queued', 'running')`.execute(
    db,
  );
  await sql`create index customer_exports_expiring on customer_exports (expires_at) where status = 'done'`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table customer_exports`.execute(db);
}
