import { sql, type Kysely } from "kysely";

/**
 * Codes mailed to a customer's address on file to prove that the person on another channel is the
 * same (core identity-code.ts). Only a keyed hash of the code is kept; the mail itself is an
 * outbound item on the customer's timeline with the code blanked.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table identity_codes (
      id uuid primary key default gen_random_uuid(),
      customer_a uuid not null references customers (id),
      customer_b uuid not null references customers (id),
      sent_to_customer_id uuid not null references customers (id),
      sent_to text not null,
      code_hash text not null,
      conversation_id uuid not null references conversations (id),
      outbox_id uuid not null references outbox (id),
      sent_by uuid references users (id),
      sent_at timestamptz not null,
      expires_at timestamptz not null,
      attempts integer not null default 0,
      confirmed_at timestamptz,
      check (customer_a < customer_b)
    )
  `.execute(db);
  await sql`create index identity_codes_pair on identity_codes (customer_a, customer_b, sent_at desc)`.execute(
    db,
  );
  await sql`create index identity_codes_sent_to on identity_codes (sent_to_customer_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table identity_codes`.execute(db);
}
