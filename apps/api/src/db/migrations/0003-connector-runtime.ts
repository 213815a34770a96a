import { sql, type Kysely } from "kysely";

/** What the outbox worker, the pollers and the connector health view need. One statement per entry. */
const statements = [
  sql`drop index outbox_due_idx`,
  sql`
    -- the outbox worker's claim (FOR UPDATE SKIP LOCKED): due replies, and sends whose lease ran out
    -- because the instance sending them died
    create index outbox_claim_idx on outbox (next_attempt_at) where status in ('queued', 'sending')
  `,
  sql`
    -- a bounce names the Message-ID of our mail: find its outbox row
    create index outbox_external_idx on outbox (connector_id, external_id) where external_id is not null
  `,
  sql`
    -- connector health: backlog and failures per connector
    create index inbound_events_connector_status_idx on inbound_events (connector_id, status, received_at)
  `,
  sql`
    -- connector health: failing sends per connector
    create index outbox_connector_status_idx on outbox (connector_id, status)
  `,
  sql`
    -- one instance polls a connector at a time: it holds the lease until then, and renews it
    alter table connectors add column poll_lease_until timestamptz, add column poll_lease_owner text
  `,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index outbox_claim_idx, outbox_external_idx, inbound_events_connector_status_idx, outbox_connector_status_idx`.execute(
    db,
  );
  await sql`create index outbox_due_idx on outbox (next_attempt_at) where status = 'queued'`.execute(db);
  await sql`alter table connectors drop column poll_lease_until, drop column poll_lease_owner`.execute(db);
}
