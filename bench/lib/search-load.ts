import { sql, type Kysely, type RawBuilder } from "kysely";
import type { Database } from "./api.ts";
import { firstNames, lastNames } from "./messages.ts";
import { kontoPhrases, openers, surnameHeads, surnameTails, vocabulary } from "./search-vocabulary.ts";

/**
 * Bulk data for the search bench, made by PostgreSQL itself (`insert … select … generate_series`),
 * bypassing ingest: customers with e-mail, phone and forum identities, an account (IBAN) and a card
 * each, two conversations each, and `events` messages. A message is an opener, in 30 % a sentence
 * with "Konto", four to nine words drawn Zipf-like from the vocabulary, and in a fifth a sign-off
 * with the customer's name. The search indexes are dropped for the load and built after it, as a
 * restore would: faster than keeping three GIN indexes up to date row by row.
 */
export interface SearchLoad {
  customers: number;
  events: number;
  seconds: number;
}

const CHUNK = 100_000;
const SEARCH_INDEXES = {
  timeline_search_idx: sql`create index timeline_search_idx on timeline_events using gin (search)`,
  timeline_search_folded_idx: sql`create index timeline_search_folded_idx on timeline_events using gin (search_folded)`,
  timeline_searchable_idx: sql`create index timeline_searchable_idx on timeline_events (occurred_at desc, id desc)
    where kind in ('message', 'call', 'voicemail', 'forum_post', 'note')`,
};

const texts = (values: readonly string[]) => sql`${sql.val(values)}::text[]`;
const uuidOf = (text: RawBuilder<unknown>) =>
  sql`overlay(overlay(md5(${text}) placing '4' from 13) placing '8' from 17)::uuid`;
const customerId = uuidOf(sql`'search-customer-' || c`);
const conversationId = uuidOf(sql`'search-conv-' || c || '-' || k`);
// One in five customers has one of the common surnames (Müller among them), the rest a compound one.
const surname = sql`case when c % 5 = 0 then (${texts(lastNames)})[1 + (c / 5) % ${lastNames.length}]
  else (${texts(surnameHeads)})[1 + (c * 7) % ${surnameHeads.length}] || (${texts(surnameTails)})[1 + (c * 13) % ${surnameTails.length}] end`;
const firstName = sql`(${texts(firstNames)})[1 + c % ${firstNames.length}]`;
// As people write their names in addresses: ü as ue, ß as ss.
const asciiSurname = sql`replace(replace(replace(replace(replace(lower(${surname}), 'ü', 'ue'), 'ö', 'oe'), 'ä', 'ae'), 'ß', 'ss'), 'ı', 'i')`;
const domains = ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "outlook.com"];

export async function loadSearchData(
  db: Kysely<Database>,
  sizes: { customers: number; events: number },
  say: (line: string) => void,
): Promise<SearchLoad> {
  const started = performance.now();
  const { customers, events } = sizes;
  const connector = await db
    .insertInto("connectors")
    .values({ kind: "email", name: "search bench", config: JSON.stringify({}) })
    .returning("id")
    .executeTakeFirstOrThrow();
  await sql`
    insert into customers (id, display_name, locale)
    select ${customerId}, ${firstName} || ' ' || ${surname}, case when c % 4 = 0 then 'en' else 'de' end
    from generate_series(1, ${customers}::int) c
  `.execute(db);
  // Phone numbers are a bijection of c (7919 is prime to 10^7), so they are unique as the table demands.
  await sql`
    insert into identities (customer_id, origin_customer_id, kind, value, display, connector_id)
    select ${customerId}, ${customerId}, 'email',
      lower(${firstName}) || '.' || ${asciiSurname} || c || '@' || (${texts(domains)})[1 + c % ${domains.length}], null, ${connector.id}::uuid
    from generate_series(1, ${customers}::int) c
    union all
    select ${customerId}, ${customerId}, 'phone', '+4915' || (1 + c % 9) || lpad(((c::bigint * 7919) % 10000000)::text, 7, '0'),
      '015' || (1 + c % 9) || ' ' || lpad(((c::bigint * 7919) % 10000000)::text, 7, '0'), ${connector.id}::uuid
    from generate_series(1, ${customers}::int) c
    union all
    select ${customerId}, ${customerId}, 'forum', 'forum.bench:' || c, lower(${firstName}) || '_' || ${asciiSurname} || (c % 100), ${connector.id}::uuid
    from generate_series(1, ${customers}::int, 5) c
  `.execute(db);
  await sql`
    insert into customer_products (customer_id, origin_customer_id, kind, name, reference, source_system)
    select ${customerId}, ${customerId}, 'account', 'Girokonto',
      'DE' || lpad((10 + c % 89)::text, 2, '0') || ' ' || rtrim(regexp_replace(lpad(((c::bigint * 104729) % 1000000000000000000)::text, 18, '0'), '(.{4})', '\\1 ', 'g')),
      'core-banking'
    from generate_series(1, ${customers}::int) c
    union all
    select ${customerId}, ${customerId}, 'card', 'Visa Classic', 'KA-' || (1000000 + c) || '-1', 'core-banking'
    from generate_series(1, ${customers}::int) c
  `.execute(db);
  await sql`
    insert into conversations (id, customer_id, origin_customer_id, connector_id, channel, external_thread_key, status)
    select ${conversationId}, ${customerId}, ${customerId}, ${connector.id}::uuid,
      (array['email', 'phone', 'facebook', 'twitter', 'forum'])[1 + (c + k) % 5], 'search-thread-' || c || '-' || k,
      (array['open', 'pending', 'resolved', 'resolved'])[1 + (c + k) % 4]
    from generate_series(1, ${customers}::int) c cross join generate_series(0, 1) k
  `.execute(db);
  say(`customers, identities, products and conversations in ${seconds(started)} s`);

  for (const name of Object.keys(SEARCH_INDEXES)) await sql`drop index ${sql.id(name)}`.execute(db);
  for (let from = 1; from <= events; from += CHUNK) {
    const to = Math.min(events, from + CHUNK - 1);
    await sql`
      insert into timeline_events (customer_id, origin_customer_id, conversation_id, connector_id, channel, kind,
        direction, occurred_at, subject, body_text, external_id)
      select ${customerId}, ${customerId}, ${conversationId}, ${connector.id}::uuid, ch,
        case ch when 'phone' then 'call' when 'forum' then 'forum_post' else 'message' end,
        case when g % 3 = 0 then 'outbound' else 'inbound' end,
        timestamptz '2023-01-01' + (g::float8 / ${events}) * interval '1095 days' + random() * interval '1 hour',
        case when ch = 'email' then (${texts(vocabulary)})[1 + g % 40] end,
        concat_ws(' ',
          (${texts(openers)})[1 + g % ${openers.length}],
          case when random() < 0.3 then (${texts(kontoPhrases)})[1 + g % ${kontoPhrases.length}] end,
          (select string_agg((${texts(vocabulary)})[floor(exp(random() * ln(${vocabulary.length})))::int], ' ')
           from generate_series(1, 4 + g % 6) w),
          case when random() < 0.2 then 'Viele Grüße, ' || ${firstName} || ' ' || ${surname} end),
        'search-' || g
      from (
        select g, c, k, (array['email', 'phone', 'facebook', 'twitter', 'forum'])[1 + (c + k) % 5] as ch
        from (select g, 1 + (g::bigint * 7919) % ${customers}::int as c, g % 2 as k
              from generate_series(${from}::int, ${to}::int) g) by_customer
      ) rows
    `.execute(db);
    say(
      `timeline_events ${to.toLocaleString("en")} / ${events.toLocaleString("en")} after ${seconds(started)} s`,
    );
  }
  // One connection, so the session setting holds for the builds.
  await db.connection().execute(async (connection) => {
    await sql`set maintenance_work_mem = '256MB'`.execute(connection);
    for (const [name, statement] of Object.entries(SEARCH_INDEXES)) {
      await statement.execute(connection);
      say(`${name} built after ${seconds(started)} s`);
    }
  });
  await sql`analyze`.execute(db);
  return { customers, events, seconds: Number(seconds(started)) };
}

function seconds(started: number): string {
  return ((performance.now() - started) / 1000).toFixed(1);
}
