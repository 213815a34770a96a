import { CONNECTORS } from "@emma/connectors";
import { sql, type Kysely } from "kysely";
import type { SecretKey } from "../crypto/secret-box.ts";
import type { Database } from "../db/schema.ts";
import type { Logger } from "../services.ts";
import { loadConnector } from "./load-connector.ts";

const PER_ROUND = 20;
/** A lookup that failed is tried again after this long. */
const RETRY_AFTER = "6 hours";

/**
 * Public threads whose events name what they are under but not its text (a Page comment names its
 * post): the provider is asked after ingest, never during it, and the answer becomes the
 * conversation's subject and the excerpt the console shows above the thread. Claimed with one
 * UPDATE, so API instances never ask twice.
 */
export async function lookUpThreadContexts(
  db: Kysely<Database>,
  secretKey: SecretKey,
  log: Logger,
): Promise<number> {
  const kinds = Object.values(CONNECTORS)
    .filter((connector) => connector.threadContextOf !== undefined)
    .map((connector) => connector.kind);
  if (kinds.length === 0) return 0;
  const { rows: claimed } = await sql<{ id: string; connector_id: string; external_thread_key: string }>`
    update conversations set context_looked_up_at = now()
    where id in (
      select v.id from conversations v join connectors c on c.id = v.connector_id
      where v.public_thread and v.subject is null and c.enabled and c.kind = any(${kinds}::text[])
        and (v.context_looked_up_at is null or v.context_looked_up_at < now() - ${RETRY_AFTER}::interval)
      order by v.created_at
      limit ${PER_ROUND}
      for update of v skip locked
    )
    returning id, connector_id, external_thread_key
  `.execute(db);
  let found = 0;
  for (const conversation of claimed) {
    try {
      const first = await db
        .selectFrom("timeline_events")
        .select("metadata")
        .where("conversation_id", "=", conversation.id)
        .orderBy("occurred_at")
        .limit(1)
        .executeTakeFirst();
      if (!first) continue;
      const loaded = await loadConnector(db, secretKey, conversation.connector_id);
      const context = await loaded.connector.threadContextOf?.(
        { threadKey: conversation.external_thread_key, metadata: first.metadata },
        loaded.context,
      );
      if (!context) continue;
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable("conversations")
          .set({ subject: context.subject })
          .where("id", "=", conversation.id)
          .where("subject", "is", null)
          .execute();
        await trx
          .updateTable("timeline_events")
          .set({ conversation_subject: context.subject })
          .where("conversation_id", "=", conversation.id)
          .execute();
        await sql`
          update timeline_events
          set metadata = jsonb_set(metadata, '{context,excerpt}', to_jsonb(${context.excerpt}::text))
          where conversation_id = ${conversation.id} and jsonb_typeof(metadata->'context') = 'object'
        `.execute(trx);
      });
      found += 1;
    } catch (error) {
      log.warn("thread contexts: lookup failed; tried again later", {
        conversationId: conversation.id,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }
  return found;
}
