import { sql, type Kysely } from "kysely";
import type { Database } from "./api.ts";

/**
 * Conversations and timeline events with what reports read, bypassing ingest like `bulk-load.ts`:
 * `conversations` over two years up to `until`, a third as many customers, `events` spread evenly
 * over them; phone conversations' events are calls with every outcome. Every fourth conversation
 * belongs to the customer of the one `REPEAT_LAG` before it, which is on another channel and a
 * few hours older: a repeat contact, so the report's matching has work to do. Ids are md5-derived
 * uuids. ANALYZE runs at the end.
 */
/**
 * 37 conversations apart is about 6.5 hours at 100,000 over two years, well inside the 7-day window;
 * 37 · 13 is not a multiple of 5, so the channel (picked by i · 13 mod 5) differs.
 */
const REPEAT_LAG = 37;

export async function loadReportData(
  db: Kysely<Database>,
  props: { conversations: number; events: number; until: Date },
  say: (line: string) => void,
): Promise<{ seconds: number }> {
  const started = performance.now();
  const { conversations, events, until } = props;
  const customers = Math.ceil(conversations / 3);
  const perConversation = Math.max(1, Math.floor(events / conversations));
  const uuid = (prefix: string, n: string) =>
    sql.raw(`overlay(overlay(md5('${prefix}' || ${n}) placing '4' from 13) placing '8' from 17)::uuid`);
  const connector = await db
    .insertInto("connectors")
    .values({ kind: "email", name: "bench reports loader", config: JSON.stringify({}) })
    .returning("id")
    .executeTakeFirstOrThrow();
  await sql`insert into teams (name) select 'Team ' || t from generate_series(1, 6) t`.execute(db);
  await sql`
    insert into customers (id, display_name) select ${uuid("cu-", "c")}, 'Kunde ' || c from generate_series(1, ${customers}::int) c
  `.execute(db);
  await sql`
    insert into conversations (id, customer_id, origin_customer_id, connector_id, channel, priority, external_thread_key,
      status, team_id, created_at, updated_at, last_message_at, last_inbound_at, first_response_at, resolved_at,
      solved_at, solved_by_community)
    select ${uuid("co-", "i")}, ${uuid("cu-", "cu")}, ${uuid("cu-", "cu")}, ${connector.id}::uuid, ch,
      (array['low', 'normal', 'normal', 'high', 'urgent'])[1 + i % 5], 'reports-' || i,
      case when resolved then 'resolved' else 'open' end,
      (select id from teams order by name offset i % 6 limit 1),
      created, created, created + interval '1 hour',
      case when i % 10 <> 0 then created end,
      case when i % 10 < 9 then created + ((i * 37) % 1440) * interval '1 minute' end,
      case when resolved then created + ((i * 53) % 10000) * interval '1 minute' end,
      case when ch = 'forum' and i % 3 = 0 then created + interval '1 day' end,
      ch = 'forum' and i % 6 = 0
    from (
      select i, 1 + ((case when i % 4 = 0 and i > ${REPEAT_LAG} then i - ${REPEAT_LAG} else i end)::bigint * 7919)
          % ${customers}::int as cu,
        (array['email', 'phone', 'facebook', 'twitter', 'forum'])[1 + (i * 13) % 5] as ch,
        ${until}::timestamptz - interval '730 days' + (i::float8 / ${conversations}) * interval '730 days' as created,
        i % 4 <> 0 as resolved
      from generate_series(1, ${conversations}::int) i
    ) rows
  `.execute(db);
  say(`reports load: ${customers} customers, ${conversations} conversations in ${seconds(started)} s`);
  const chunk = 200_000;
  for (let from = 1; from <= events; from += chunk) {
    const to = Math.min(events, from + chunk - 1);
    await sql`
      insert into timeline_events (customer_id, origin_customer_id, conversation_id, connector_id, channel, kind,
        direction, occurred_at, body_text, metadata)
      select c.customer_id, c.customer_id, c.id, c.connector_id, c.channel,
        case when c.channel = 'phone' then (case when g % 11 = 0 then 'voicemail' else 'call' end) else 'message' end,
        case when g % 2 = 0 then 'inbound' else 'outbound' end,
        c.created_at + (g % ${perConversation}::int) * interval '20 minutes', 'Referenz ' || g,
        case when c.channel = 'phone' then jsonb_build_object('call', jsonb_build_object(
          'status', (array['completed', 'completed', 'completed', 'no-answer', 'busy', 'canceled', 'failed'])[1 + g % 7],
          'from', '+4917100000', 'to', '+4930000000', 'durationSeconds', (g * 17) % 900))
        else '{}'::jsonb end
      from generate_series(${from}::int, ${to}::int) g
      join conversations c on c.id = ${uuid("co-", `(1 + (g - 1) / ${perConversation})`)}
    `.execute(db);
    say(
      `reports load: timeline_events ${to.toLocaleString("en")} / ${events.toLocaleString("en")} after ${seconds(started)} s`,
    );
  }
  await sql`analyze`.execute(db);
  return { seconds: Number(seconds(started)) };
}

function seconds(started: number): string {
  return ((performance.now() - started) / 1000).toFixed(1);
}
