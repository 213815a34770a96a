import { createHash } from "node:crypto";
import { sql, type Kysely } from "kysely";
import type { Database } from "./api.ts";

export interface ExportLoad {
  customerId: string;
  recordIds: string[];
  userId: string;
  events: number;
  attachments: number;
  seconds: number;
}

const CONVERSATIONS = 120;
/** Distinct kept files (50 kB each) that the attachments point to, as repeated statements would. */
const FILES = 20;
const FILE_BYTES = 50 * 1024;

/**
 * One customer with `events` timeline items over three years, as a long-standing bank customer has:
 * e-mails (some with a kept PDF), calls with recording URLs, Messenger and X messages, forum posts,
 * notes; a fifth of it on an older record merged into them; identities, consents, a holding and
 * 2,000 audit entries about them. Made in SQL (insert … select from generate_series).
 */
export async function loadExportCustomer(db: Kysely<Database>, events: number): Promise<ExportLoad> {
  const started = performance.now();
  const user = await db
    .insertInto("users")
    .values({
      email: "dpo@bench.example",
      display_name: "Data Protection",
      role: "supervisor",
      password_hash: "x",
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const person = await db
    .insertInto("customers")
    .values({ display_name: "Erika Exportfall", locale: "de", customer_number: "K-EXPORT-1" })
    .returning("id")
    .executeTakeFirstOrThrow();
  const older = await db
    .insertInto("customers")
    .values({ display_name: "E. Exportfall", merged_into: person.id })
    .returning("id")
    .executeTakeFirstOrThrow();
  const connector = await db
    .insertInto("connectors")
    .values({ kind: "emma-inbound", name: "Bench", config: JSON.stringify({}) })
    .returning("id")
    .executeTakeFirstOrThrow();
  const shas: string[] = [];
  for (let i = 0; i < FILES; i++) {
    const content = Buffer.alloc(FILE_BYTES, `%PDF-1.4 Kontoauszug ${i} `);
    const sha256 = createHash("sha256").update(content).digest("hex");
    shas.push(sha256);
    await db
      .insertInto("kept_files")
      .values({ sha256, content, content_type: "application/pdf", size: FILE_BYTES, fetched_at: new Date() })
      .execute();
  }
  for (const [kind, value] of [
    ["email", "erika.exportfall@example.de"],
    ["phone", "+4917012345678"],
    ["facebook", "987654321"],
  ] as const)
    await db
      .insertInto("identities")
      .values({
        customer_id: person.id,
        origin_customer_id: person.id,
        kind,
        value,
        connector_id: connector.id,
      })
      .execute();
  await sql`
    insert into conversations (customer_id, origin_customer_id, connector_id, channel, external_thread_key, subject,
      created_at, updated_at, last_message_at)
    select case when k % 5 = 0 then ${older.id}::uuid else ${person.id}::uuid end,
      case when k % 5 = 0 then ${older.id}::uuid else ${person.id}::uuid end, ${connector.id}::uuid,
      (array['email', 'phone', 'facebook', 'twitter', 'forum'])[1 + k % 5], 'bench-export-' || k, 'Anliegen ' || k,
      timestamptz '2023-01-01' + k * interval '9 days', now(), now()
    from generate_series(0, ${CONVERSATIONS - 1}) k
  `.execute(db);
  // Every 20th e-mail carries a kept PDF (a fifth of all items are e-mails: 1 % of items).
  await sql`
    insert into timeline_events (customer_id, origin_customer_id, conversation_id, connector_id, channel, kind,
      direction, occurred_at, author_name, subject, body_text, metadata, external_id)
    select c.customer_id, c.customer_id, c.id, c.connector_id, c.channel,
      case c.channel when 'phone' then 'call' when 'forum' then 'forum_post' else 'message' end,
      case when g % 3 = 0 then 'outbound' else 'inbound' end,
      timestamptz '2023-01-01' + (g::float8 / ${events}) * interval '1095 days',
      case when g % 3 = 0 then 'Agent ' || (g % 7) else 'Erika Exportfall' end,
      case when c.channel = 'email' then 'Anliegen ' || g end,
      'Guten Tag, ich habe eine Frage zu meinem Konto und der Überweisung vom ' || g || '. Mit freundlichen Grüßen',
      case
        when c.channel = 'phone' then jsonb_build_object('call', jsonb_build_object('status', 'completed',
          'from', '+4917012345678', 'to', '+4930123456', 'durationSeconds', 30 + g % 600,
          'recordingUrl', 'https://pbx.bank.example/recordings/' || g || '.mp3'))
        when c.channel = 'forum' then jsonb_build_object('topicId', g / 10, 'postNumber', 1 + g % 10,
          'url', 'https://forum.bank.example/t/' || (g / 10), 'category', 'Konto')
        when c.channel = 'email' and g % 20 = 0 then jsonb_build_object('attachments', jsonb_build_array(
          jsonb_build_object('filename', 'Kontoauszug-' || g || '.pdf', 'contentType', 'application/pdf',
            'size', ${FILE_BYTES}::int, 'sha256', (${shas}::text[])[1 + (g / 20) % ${FILES}])))
        else '{}'::jsonb
      end,
      'bench-export-' || g
    from generate_series(1, ${events}) g
    join lateral (select * from conversations where external_thread_key = 'bench-export-' || (g % ${CONVERSATIONS})) c on true
  `.execute(db);
  await sql`
    insert into audit_log (at, actor_user_id, action, subject_type, subject_id, customer_id, details)
    select timestamptz '2023-01-01' + g * interval '13 hours', ${user.id}::uuid,
      (array['customer.viewed', 'timeline.viewed', 'conversation.viewed', 'conversation.replied'])[1 + g % 4],
      'customer', ${person.id}::text, ${person.id}::uuid, '{}'::jsonb
    from generate_series(1, 2000) g
  `.execute(db);
  await sql`
    insert into consents (customer_id, channel, purpose, state, how, recorded_at)
    values (${person.id}, null, 'service', 'granted', 'import', now()),
      (${person.id}, 'email', 'marketing', 'withdrawn', 'letter', now())
  `.execute(db);
  await sql`analyze`.execute(db);
  const attachments = await sql<{ n: number }>`
    select count(*)::int as n from timeline_events where metadata ? 'attachments'
  `.execute(db);
  return {
    customerId: person.id,
    recordIds: [person.id, older.id],
    userId: user.id,
    events,
    attachments: attachments.rows[0]?.n ?? 0,
    seconds: (performance.now() - started) / 1000,
  };
}
