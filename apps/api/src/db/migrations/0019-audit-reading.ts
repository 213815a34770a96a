import { sql, type Kysely } from "kysely";

/**
 * The console reads the audit log (issue 13), newest first, by person, customer, action and time.
 * 0001 indexed it by customer and by actor; this adds what the other filters and the unfiltered
 * list need, so that a page costs the same at ten million entries as at ten:
 * - the whole log (an admin's first page, a time range) in order: (at, id);
 * - one or several actions over time (e.g. every export): (action, at, id);
 * - searches that listed a customer, which name no customer of their own but carry the ids they
 *   showed: a GIN index over those ids, only on such entries. Its predicate is repeated literally
 *   by features/audit/audit-where.ts, so the planner may use it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index audit_at_idx on audit_log (at desc, id desc)`.execute(db);
  await sql`create index audit_action_idx on audit_log (action, at desc, id desc)`.execute(db);
  await sql`
    create index audit_listed_customers_idx on audit_log using gin ((details -> 'customerIds'))
    where customer_id is null and subject_type = 'customer'
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index audit_listed_customers_idx`.execute(db);
  await sql`drop index audit_action_idx`.execute(db);
  await sql`drop index audit_at_idx`.execute(db);
}
