import { EMAIL_CONTENT_TYPE, dedupeKeyOf } from "@emma/connectors";
import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";
import { processBatch } from "../ingest/process-batch.ts";
import { encodeBody, storeInboundEvent } from "../ingest/store-inbound-event.ts";
import type { TombstoneKey } from "../features/erasure/tombstone-key.ts";
import type { Logger } from "../services.ts";

export interface ImportSummary {
  stored: number;
  /** Already imported (the same bytes): a re-run changes nothing. */
  duplicates: number;
  /** Stored but could not be read into the timeline; kept for replay, listed with the reason. */
  failed: { origin: string; reason: string }[];
}

/**
 * History import through the one ingest path: every mail is stored raw under the email connector,
 * then processed like polled mail, keeping its own Date (the timeline shows when it was written, not
 * when it was imported). Idempotent on the mail's bytes: two different mails that share a Message-ID
 * are both kept.
 */
export async function importMail(
  db: Kysely<Database>,
  log: Logger,
  props: {
    connectorId: string;
    sources: AsyncIterable<{ origin: string; raw: Buffer }>;
    now: () => Date;
    onProgress?: (done: number) => void;
    /** Stops the import of an erased person's old mail (see erased-replays.ts). */
    tombstoneKey: TombstoneKey;
  },
): Promise<ImportSummary> {
  const connector = await db
    .selectFrom("connectors")
    .select(["kind", "name"])
    .where("id", "=", props.connectorId)
    .executeTakeFirst();
  if (!connector) throw new Error(`No connector with id ${props.connectorId}`);
  if (connector.kind !== "email")
    throw new Error(
      `"${connector.name}" is a ${connector.kind} connector; mail is imported into an email connector`,
    );
  const summary: ImportSummary = { stored: 0, duplicates: 0, failed: [] };
  const origins = new Map<string, string>();
  let done = 0;
  for await (const { origin, raw } of props.sources) {
    if (raw.length === 0) continue;
    const stored = await storeInboundEvent(db, {
      connectorId: props.connectorId,
      dedupeKey: dedupeKeyOf(raw),
      contentType: EMAIL_CONTENT_TYPE,
      headers: { "x-emma-import": origin.slice(0, 500) },
      ...encodeBody(raw),
      receivedAt: props.now(),
    });
    if (stored.duplicate) summary.duplicates += 1;
    else {
      summary.stored += 1;
      origins.set(stored.id, origin);
    }
    done += 1;
    if (done % 200 === 0) {
      await drain(db, log, props.tombstoneKey, summary, origins);
      props.onProgress?.(done);
    }
  }
  await drain(db, log, props.tombstoneKey, summary, origins);
  return summary;
}

async function drain(
  db: Kysely<Database>,
  log: Logger,
  tombstoneKey: TombstoneKey,
  summary: ImportSummary,
  origins: Map<string, string>,
) {
  const ids = [...origins.keys()];
  for (let start = 0; start < ids.length; start += 100) {
    const result = await processBatch(db, log, {
      limit: 100,
      ids: ids.slice(start, start + 100),
      lockMode: "wait",
      tombstoneKey,
    });
    for (const failure of result.failed)
      summary.failed.push({ origin: origins.get(failure.id) ?? failure.id, reason: failure.reason });
  }
  origins.clear();
}
