import { sql, type Kysely } from "kysely";

/**
 * Accounts and products from the bank's system of record (issue 14). A holding is keyed by the
 * source system's own id (external_id), so a re-import updates rather than duplicates; rows seeded
 * before this migration keep their reference as that id. The reference is no longer unique: a
 * source may show one account number on two of its records (a reissued card on the same account). A customer can carry the system of
 * record's customer number, the strongest link for an imported holding. Machine callers of the
 * import present an integration key, one per source system, stored only as its SHA-256.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of [
    sql`alter table customers add column customer_number text unique`,
    sql`alter table customer_products add column external_id text`,
    sql`alter table customer_products add column synced_at timestamptz`,
    sql`update customer_products set external_id = reference, synced_at = created_at`,
    sql`alter table customer_products alter column external_id set not null`,
    sql`alter table customer_products alter column synced_at set not null`,
    sql`alter table customer_products alter column synced_at set default now()`,
    sql`
      alter table customer_products
        add constraint customer_products_source_external_key unique (source_system, external_id)
    `,
    sql`alter table customer_products drop constraint customer_products_source_system_reference_key`,
    sql`
      create table integration_keys (
        id uuid primary key default gen_random_uuid(),
        -- the system of record this key may write for; a key never writes another source's rows
        source_system text not null,
        name text not null,
        -- SHA-256 of the key (hex): the key is 32 random bytes, so a slow hash adds nothing
        key_hash text not null unique,
        created_by uuid references users (id),
        created_at timestamptz not null default now(),
        last_used_at timestamptz,
        revoked_at timestamptz,
        revoked_by uuid references users (id)
      )
    `,
  ])
    await statement.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table integration_keys`.execute(db);
  await sql`
    alter table customer_products
      add constraint customer_products_source_system_reference_key unique (source_system, reference)
  `.execute(db);
  await sql`alter table customer_products drop constraint customer_products_source_external_key`.execute(db);
  await sql`alter table customer_products drop column external_id, drop column synced_at`.execute(db);
  await sql`alter table customers drop column customer_number`.execute(db);
}
