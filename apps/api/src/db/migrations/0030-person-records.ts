import { sql, type Kysely } from "kysely";

/**
 * Issue 15, beside 0029: the name the system of record gives a person, kept beside the desk's
 * display name (an import never renames a customer an agent named, yet the matcher compares both);
 * at most one sweep running across all instances; and the dismissed suggestions of a pair found by
 * index, since the matcher asks for them on every check. Customers stored before the matcher existed
 * are queued once, so an upgraded desk compares its whole history without anyone starting a sweep.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table customers add column record_name text`.execute(db);
  await sql`create unique index match_sweeps_one_running on match_sweeps ((true)) where finished_at is null`.execute(
    db,
  );
  await sql`
    create index merge_suggestions_dismissed_pair on merge_suggestions (customer_a, customer_b)
    where status = 'dismissed'
  `.execute(db);
  await sql`
    insert into match_checks (customer_id, due_at)
    select id, now() from customers where merged_into is null and erased_at is null
    on conflict (customer_id) do nothing
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index merge_suggestions_dismissed_pair`.execute(db);
  await sql`drop index match_sweeps_one_running`.execute(db);
  await sql`alter table customers drop column record_name`.execute(db);
}
