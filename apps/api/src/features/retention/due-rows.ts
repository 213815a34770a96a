import { AUDIT_ACTIONS_OUTLIVING_RETENTION, type DutyInForce } from "@emma/core";
import { sql, type Kysely, type Transaction } from "kysely";
import type { Database } from "../../db/schema.ts";

type Db = Kysely<Database> | Transaction<Database>;

/**
 * What each rule removes, as queries the preview counts and the job takes in batches: the same
 * selection for both, so the preview's numbers are what the next run changes.
 */

/** Processed raw events received before the cutoff; pending and failed ones still need an admin. */
export function dueRawEvents(db: Db, cutoff: Date) {
  return db
    .selectFrom("inbound_events")
    .where("status", "=", "processed")
    .where("content_removed_at", "is", null)
    .where("received_at", "<", cutoff);
}

/**
 * Resolved conversations whose last message is before the cutoff and that no duty keeps: a duty
 * keeps a conversation carrying its tag (any case) whose last message is after the duty's cutoff.
 */
export function dueConversations(db: Db, cutoff: Date, duties: readonly DutyInForce[]) {
  let query = db
    .selectFrom("conversations as c")
    .where("c.status", "=", "resolved")
    .where("c.content_removed_at", "is", null)
    .where("c.last_message_at", "<", cutoff);
  for (const duty of duties)
    query = query.where(
      sql<boolean>`not (c.last_message_at >= ${duty.keptFrom.toISOString()}::timestamptz
        and exists (select 1 from unnest(c.tags) as t(tag) where lower(t.tag) = ${duty.tag}))`,
    );
  return query;
}

/** Calls and voicemails from before the cutoff that still name a recording or carry its transcript. */
export function dueRecordings(db: Db, cutoff: Date) {
  return db
    .selectFrom("timeline_events")
    .where("kind", "in", ["call", "voicemail"])
    .where("occurred_at", "<", cutoff)
    .where(
      sql<boolean>`(metadata -> 'call' ->> 'recordingUrl' is not null or metadata -> 'call' ->> 'transcript' is not null)`,
    );
}

/** Audit entries from before the cutoff, but never the record of the rules and of what they removed. */
export function dueAuditEntries(db: Db, cutoff: Date) {
  return db
    .selectFrom("audit_log")
    .where("at", "<", cutoff)
    .where("action", "not in", [...AUDIT_ACTIONS_OUTLIVING_RETENTION]);
}
