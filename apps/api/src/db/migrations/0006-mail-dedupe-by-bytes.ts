import { sql, type Kysely } from "kysely";

/**
 * Raw mail was stored once per Message-ID, so a second, different mail that a broken mailer gave the
 * same Message-ID was dropped as a duplicate. It is now stored once per exact bytes (the SHA-256 the
 * email connector's dedupeKeyOf writes); mail stored before is re-keyed the same way, so polling or
 * importing it again still stores nothing. Bodies are kept as UTF-8 text or, when not valid UTF-8,
 * as base64 (store-inbound-event.ts): both give back the exact bytes. There is no way down: which
 * key was a Message-ID is not kept.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    update inbound_events i
    set dedupe_key = 'sha256:' || encode(sha256(
      case i.encoding when 'base64' then decode(i.body, 'base64') else convert_to(i.body, 'UTF8') end), 'hex')
    from connectors c
    where c.id = i.connector_id and c.kind = 'email' and i.content_type = 'message/rfc822'
  `.execute(db);
}
