import { pathToFileURL } from "node:url";
import { sql, type Kysely, type RawBuilder } from "kysely";
import type { Database } from "./lib/api.ts";
import { parseBenchArgs } from "./lib/args.ts";
import { firstNames, lastNames } from "./lib/messages.ts";
import { openBenchDatabase, PGLITE_NOTE } from "./lib/setup-app.ts";

/**
 * Bulk loader for the timeline bench. It BYPASSES the ingest path on purpose: a million events
 * through webhooks would take longer than the whole bench budget. Plain `insert … select … from
 * generate_series` makes customers, identities, conversations and timeline events with the same
 * columns ingest fills (body text, so the generated full-text column and its GIN index are
 * populated; occurred_at spread over three years), except inbound_event_id, left null. Ids are
 * md5-derived so rows can refer to each other without joins. ANALYZE runs at the end.
 */
export interface BulkLoadOptions {
  events: number;
  customers: number;
  /** Events of customer #1, the long history the timeline bench pages through. */
  bigCustomerEvents: number;
}

export interface BulkLoadResult {
  bigCustomerId: string;
  events: number;
  customers: number;
  bigCustomerEvents: number;
  seconds: number;
}

const CHUNK = 100_000;
const BIG_CONVERSATIONS = 40;
const CONVERSATIONS_PER_CUSTOMER = 3;

const phrases = [
  "Guten Tag, meine Karte wurde gestern am Automaten eingezogen.",
  "Ich habe eine Frage zu meiner letzten Abrechnung.",
  "Die Überweisung vom Montag ist immer noch nicht angekommen.",
  "Bitte senden Sie mir die Kontoauszüge für das letzte Quartal.",
  "Wie kann ich meinen Dispositionskredit erhöhen?",
  "Das Online-Banking zeigt seit heute Morgen eine Fehlermeldung.",
  "Vielen Dank für die schnelle Rückmeldung, das hat geholfen.",
  "Können Sie mich bitte morgen Vormittag zurückrufen?",
  "Hello, I was charged twice for the same purchase.",
  "Could you please confirm that my address change went through?",
  "The app keeps logging me out after the last update.",
  "I would like to close my savings account at the end of the month.",
  "Thanks, the issue is solved now.",
  "Meine neue PIN ist noch nicht per Post gekommen.",
  "Ich möchte einen Dauerauftrag für die Miete einrichten.",
  "Is there a fee for international transfers to Turkey?",
  "Der Kredit wurde abgelehnt, können Sie mir die Gründe nennen?",
  "Bitte sperren Sie meine Kreditkarte, sie ist gestohlen worden.",
  "Where can I find the IBAN for my business account?",
  "Die Zinsen auf dem Tagesgeldkonto wurden nicht gutgeschrieben.",
];
const subjects = [
  "Karte eingezogen",
  "Frage zur Abrechnung",
  "Überweisung fehlt",
  "Kontoauszüge",
  "Address change",
  "Double charge",
  "PIN-Brief",
  "Dauerauftrag",
  "Kredit",
  "Login problem",
];

const textArray = (values: string[]) => sql`${sql.val(values)}::text[]`;
// md5 made into a version-4-shaped uuid: the API's zod schemas accept RFC 4122 ids only.
const uuidOf = (text: RawBuilder<unknown>) =>
  sql`overlay(overlay(md5(${text}) placing '4' from 13) placing '8' from 17)::uuid`;
const customerUuid = (c: RawBuilder<unknown>) => uuidOf(sql`'bench-customer-' || ${c}`);
const conversationUuid = sql`overlay(overlay(md5('bench-conv-' || c || '-' || k) placing '4' from 13) placing '8' from 17)::uuid`;

export async function bulkLoad(
  db: Kysely<Database>,
  options: BulkLoadOptions,
  say: (line: string) => void,
): Promise<BulkLoadResult> {
  const started = performance.now();
  const { customers, events } = options;
  const bigEvents = Math.min(options.bigCustomerEvents, events);
  // Every bigEvery-th row belongs to the big customer, so its events are interleaved with everyone
  // else's in the heap, as they would be when they arrive over three years.
  const bigEvery = Math.max(1, Math.floor(events / Math.max(1, bigEvents)));
  const connector = await db
    .insertInto("connectors")
    .values({ kind: "email", name: "bench bulk loader", config: JSON.stringify({}) })
    .returning("id")
    .executeTakeFirstOrThrow();
  const c = sql.raw("c");
  await sql`
    insert into customers (id, display_name, locale, created_at, updated_at)
    select ${customerUuid(c)},
      (${textArray(firstNames)})[1 + c % ${firstNames.length}] || ' ' || (${textArray(lastNames)})[1 + (c / ${firstNames.length}) % ${lastNames.length}],
      case when c % 4 = 0 then 'en' else 'de' end,
      timestamptz '2023-01-01' + (c % 1000) * interval '1 hour', now()
    from generate_series(1, ${customers}::int) c
  `.execute(db);
  await sql`
    insert into identities (customer_id, origin_customer_id, kind, value, display, connector_id)
    select ${customerUuid(c)}, ${customerUuid(c)}, 'email', 'kunde' || c || '@example.de', null, ${connector.id}::uuid
    from generate_series(1, ${customers}::int) c
    union all
    select ${customerUuid(c)}, ${customerUuid(c)}, 'phone', '+49171' || lpad(c::text, 7, '0'), '0171 ' || lpad(c::text, 7, '0'), ${connector.id}::uuid
    from generate_series(1, ${customers}::int, 2) c
  `.execute(db);
  await sql`
    insert into conversations (id, customer_id, origin_customer_id, connector_id, channel, external_thread_key, subject, status, created_at, updated_at, last_message_at)
    select ${conversationUuid}, ${customerUuid(c)}, ${customerUuid(c)}, ${connector.id}::uuid,
      (array['email', 'phone', 'facebook', 'twitter', 'forum'])[1 + (c + k) % 5],
      'bulk-thread-' || c || '-' || k,
      (${textArray(subjects)})[1 + (c * 7 + k) % ${subjects.length}],
      (array['open', 'pending', 'resolved', 'resolved'])[1 + (c + k) % 4],
      timestamptz '2023-01-01', now(), now()
    from generate_series(1, ${customers}::int) c
    cross join lateral generate_series(0, case when c = 1 then ${BIG_CONVERSATIONS - 1}::int else ${CONVERSATIONS_PER_CUSTOMER - 1}::int end) k
  `.execute(db);
  say(
    `bulk load: ${customers} customers, ${customers + Math.ceil(customers / 2)} identities, conversations done in ${seconds(started)} s`,
  );

  for (let from = 1; from <= events; from += CHUNK) {
    const to = Math.min(events, from + CHUNK - 1);
    await sql`
      insert into timeline_events (customer_id, origin_customer_id, conversation_id, conversation_subject, connector_id,
        channel, kind, direction, occurred_at, author_name, subject, body_text, metadata, external_id)
      select ${customerUuid(c)}, ${customerUuid(c)}, ${conversationUuid},
        (${textArray(subjects)})[1 + (c * 7 + k) % ${subjects.length}], ${connector.id}::uuid,
        ch, case ch when 'phone' then 'call' when 'forum' then 'forum_post' else 'message' end,
        case when g % 3 = 0 then 'outbound' else 'inbound' end,
        timestamptz '2023-01-01' + (g::float8 / ${events}) * interval '1095 days' + random() * interval '1 day',
        'Kunde ' || c,
        case when ch = 'email' then (${textArray(subjects)})[1 + g % ${subjects.length}] end,
        concat_ws(' ', (${textArray(phrases)})[1 + (g * 13) % ${phrases.length}], (${textArray(phrases)})[1 + (g * 17 + 3) % ${phrases.length}],
          case when g % 2 = 0 then (${textArray(phrases)})[1 + (g * 29 + 7) % ${phrases.length}] end, 'Referenz ' || g),
        '{}'::jsonb, 'bulk-' || g
      from (
        select g, c, k, (array['email', 'phone', 'facebook', 'twitter', 'forum'])[1 + (c + k) % 5] as ch
        from (
          select g, c, case when c = 1 then (g / ${bigEvery}::int) % ${BIG_CONVERSATIONS} else g % ${CONVERSATIONS_PER_CUSTOMER} end as k
          from (
            select g, case when g % ${bigEvery}::int = 0 and g / ${bigEvery}::int <= ${bigEvents}::int then 1
                           else (2 + (g::bigint * 7919) % (${customers}::int - 1))::int end as c
            from generate_series(${from}::int, ${to}::int) g
          ) by_customer
        ) by_conversation
      ) rows
    `.execute(db);
    say(
      `bulk load: timeline_events ${to.toLocaleString("en")} / ${events.toLocaleString("en")} after ${seconds(started)} s`,
    );
  }
  await sql`analyze`.execute(db);
  const big = await sql<{
    n: number;
  }>`select count(*)::int as n from timeline_events where customer_id = ${customerUuid(sql.lit(1))}`.execute(
    db,
  );
  const bigCustomerId =
    (await sql<{ id: string }>`select ${customerUuid(sql.lit(1))} as id`.execute(db)).rows[0]?.id ?? "";
  const result = {
    bigCustomerId,
    events,
    customers,
    bigCustomerEvents: big.rows[0]?.n ?? 0,
    seconds: Number(seconds(started)),
  };
  say(
    `bulk load: done, ANALYZE run; ${events.toLocaleString("en")} events, big customer has ${result.bigCustomerEvents.toLocaleString("en")}, ${result.seconds} s`,
  );
  return result;
}

function seconds(started: number): string {
  return ((performance.now() - started) / 1000).toFixed(1);
}

/** Alone: loads into a throwaway database and prints how long it took (to size --pglite-events). */
async function main(): Promise<void> {
  const options = parseBenchArgs();
  for (const kind of options.databases) {
    const bench = await openBenchDatabase(kind, options.url);
    try {
      console.log(`${bench.label}${kind === "pglite" ? ` (${PGLITE_NOTE})` : ""}`);
      const events = kind === "pglite" ? options.pgliteEvents : options.events;
      await bulkLoad(
        bench.database.db,
        { events, customers: options.customers, bigCustomerEvents: options.bigCustomerEvents },
        (line) => console.log(`  [${kind}] ${line}`),
      );
    } finally {
      await bench.close();
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await main();
