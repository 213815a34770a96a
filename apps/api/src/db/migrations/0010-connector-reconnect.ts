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
  // Messenger's webhooks name people by id only: their names are looked up after ingest (profile-names.ts).
  await sql`alter table identities add column name_looked_up_at timestamptz`.execute(db);
  await sql`create index identities_unnamed_idx on identities (connector_id, created_at) where display is null`.execute(
    db,
  );
  // A Page comment or an X mention is read by everyone: the console offers a public or a private answer.
  await sql`alter table conversations add column public_thread boolean not null default false`.execute(db);
  // ... and the post it is under is looked up after ingest (thread-contexts.ts).
  await sql`alter table conversations add column context_looked_up_at timestamptz`.execute(db);
  // The lookup runs every few seconds: it must not read every conversation to find the few untitled ones.
  await sql`create index conversations_untitled_public_idx on conversations (created_at) where public_thread and subject is null`.execute(
    db,
  );
  // Ingest holds back a provider's echo of our own send while that send is in flight (echoes-in-flight.ts).
  await sql`create index outbox_sending_idx on outbox (conversation_id) where status = 'sending'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index outbox_sending_idx`.execute(db);
  await sql`alter table conversations drop column public_thread, drop column context_looked_up_at`.execute(
    db,
  );
  await sql`drop index identities_unnamed_idx`.execute(db);
  await sql`alter table identities drop column name_looked_up_at`.execute(db);
  await sql`alter table connectors drop column reconnect_reason, drop column reconnect_since`.execute(db);
}
