import { sql, type Kysely } from "kysely";

/**
 * One search box over customers and what they wrote (`search.query`), in PostgreSQL alone:
 * - `emma_fold` is core's `fold` in SQL (Müller, Mueller and Muller meet; Weiß and Weiss; é and e),
 *   plain built-ins only, so it is IMMUTABLE and works on PGlite without `unaccent`.
 *   `fold-sql.test.ts` keeps the two equal; this shipped text never changes, a new rule is a new
 *   migration.
 * - pg_trgm indexes answer fragments: names, identity values and displays (partial e-mail
 *   addresses, last digits of phone numbers, forum usernames, handles) and product references.
 * - `search_folded`: the folded subject and body, German-stemmed, beside the existing `search`
 *   (German + English stems of the text as written), so "Mueller" finds a message about "Müller".
 * - Newest matches first: a very common word is answered by walking `timeline_searchable_idx` in
 *   order and stopping after a page, a rare one by the GIN indexes.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const trgm = await ensurePgTrgm(db);
  // PL/pgSQL, not SQL: an inlined SQL function's cost is invisible to the planner, which then
  // thought a scan folding every name cheaper than the trigram index. Its text names only
  // pg_catalog functions, so index builds (search_path pg_catalog only, PostgreSQL 17) find them.
  await sql`
    create function emma_fold(t text) returns text language plpgsql immutable parallel safe cost 100 as $$
    begin
      return regexp_replace(
        translate(
          replace(regexp_replace(lower(normalize(t, NFD)), '[\\u0300-\\u036f]', '', 'g'), 'ß', 'ss'),
          'łđøıŁĐØ', 'ldoildo'),
        '(?<![aeiouq])([aou])e', '\\1', 'g');
    end
    $$
  `.execute(db);
  // A SQL-standard body is bound when created, so it finds emma_fold whatever the search_path.
  await sql`
    -- references as typed without spaces or dashes: "DE89 3704…" and "de893704…" meet
    create function emma_compact(t text) returns text language sql immutable parallel safe
    return regexp_replace(emma_fold(t), '[^[:alnum:]]', '', 'g')
  `.execute(db);
  const ops = sql.id(trgm, "gin_trgm_ops");
  await sql`
    -- search.query: names by folded fragment, merged-away customers too (they lead to the survivor)
    create index customers_name_fold_idx on customers using gin (emma_fold(display_name) ${ops})
  `.execute(db);
  await sql`
    -- search.query: any identity by a fragment of its value or display
    create index identities_fold_idx on identities using gin (emma_fold(value || ' ' || coalesce(display, '')) ${ops})
  `.execute(db);
  // customers.search now looks up through the folded trigram indexes too; 0001's prefix indexes
  // have no reader left and would only slow every write.
  await sql`drop index customers_name_idx, identities_display_idx`.execute(db);
  await sql`
    -- search.query: products by a fragment of their reference
    create index customer_products_reference_idx on customer_products using gin (emma_compact(reference) ${ops})
  `.execute(db);
  await sql`
    alter table timeline_events add column search_folded tsvector generated always as (
      to_tsvector('german', emma_fold(coalesce(subject, '') || ' ' || body_text))
    ) stored
  `.execute(db);
  await sql`
    -- search.query: words in what customers and agents wrote, as folded
    create index timeline_search_folded_idx on timeline_events using gin (search_folded)
  `.execute(db);
  await sql`
    -- search.query: newest matches first, walked in order when a word is common
    create index timeline_searchable_idx on timeline_events (occurred_at desc, id desc)
    where kind in ('message', 'call', 'voicemail', 'forum_post', 'note')
  `.execute(db);
}

/**
 * pg_trgm is in PostgreSQL's contrib and "trusted" since PostgreSQL 13: a user with CREATE on the
 * database may create it. It goes into `public` where there is one, so dropping one app schema
 * (tests, benches) never drops it from under another. Concurrent first migrations wait for each other.
 */
async function ensurePgTrgm(db: Kysely<unknown>): Promise<string> {
  await sql`select pg_advisory_xact_lock(hashtext('emma: create extension pg_trgm'))`.execute(db);
  const installed = await sql<{ schema: string }>`
    select n.nspname as schema from pg_extension e join pg_namespace n on n.oid = e.extnamespace
    where e.extname = 'pg_trgm'
  `.execute(db);
  const existing = installed.rows[0]?.schema;
  if (existing !== undefined) return existing;
  const target = await sql<{ schema: string }>`
    select coalesce((select nspname from pg_namespace where nspname = 'public'), current_schema()) as schema
  `.execute(db);
  const schema = target.rows[0]?.schema ?? "public";
  try {
    await sql`create extension pg_trgm schema ${sql.id(schema)}`.execute(db);
  } catch (error) {
    const said = error instanceof Error ? error.message : String(error);
    throw new Error(
      `search needs the PostgreSQL extension pg_trgm, which this database user may not create (PostgreSQL said: ${said}). ` +
        `Ask a database administrator to run "create extension pg_trgm schema ${schema};" in this database once ` +
        `(on Debian it comes with the postgresql-contrib package), then run "emma migrate" again.`,
      { cause: error },
    );
  }
  return schema;
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`create index customers_name_idx on customers (lower(display_name) text_pattern_ops) where merged_into is null`.execute(
    db,
  );
  await sql`create index identities_display_idx on identities (lower(display) text_pattern_ops)`.execute(db);
  await sql`drop index timeline_searchable_idx`.execute(db);
  await sql`alter table timeline_events drop column search_folded`.execute(db);
  await sql`drop index customer_products_reference_idx, identities_fold_idx, customers_name_fold_idx`.execute(
    db,
  );
  await sql`drop function emma_compact(text)`.execute(db);
  await sql`drop function emma_fold(text)`.execute(db);
}
