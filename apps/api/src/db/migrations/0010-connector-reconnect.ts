import { sql, type Kysely } from "kysely";

/**
 * A connection only an admin can mend (a Page token that expired, a refresh token X refused) is a
 * state of its own, not one more failed poll: it stays until a send or poll gets through again or
 * the admin saves new credentials, and the connector's health names it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table connectors add column reconnect_reason text, add column reconnect_since timestamptz`.execute(
    db,
  );
  // Ingest holds back a provider's echo of our own send while that send is in flight (echoes-in-flight.ts).
  await sql`create index outbox_sending_idx on outbox (conversation_id) where status = 'sending'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index outbox_sending_idx`.execute(db);
  await sql`alter table connectors drop column reconnect_reason, drop column reconnect_since`.execute(db);
}
