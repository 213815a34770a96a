import { sql, type Kysely } from "kysely";
import type { Database } from "../db/schema.ts";

/**
 * A claimed fetch is not due again until this long after the claim, longer than any fetch may take
 * (FetchLimits.timeoutMs). An instance that dies mid-fetch leaves it to be claimed again after that.
 */
export const FETCH_LEASE_MS = 5 * 60_000;

export interface ClaimedFetch {
  id: string;
  timelineEventId: string;
  attachmentIndex: number;
  url: string;
  /** Including the attempt being made now. */
  attempts: number;
}

/**
 * Takes due fetches for this instance and commits the claim before any fetching starts, so another
 * instance neither waits on them nor fetches them too (SKIP LOCKED while the claim runs, the lease after).
 */
export async function claimFileFetches(
  db: Kysely<Database>,
  limit: number,
  now: Date,
): Promise<ClaimedFetch[]> {
  const { rows } = await sql<{
    id: string;
    timeline_event_id: string;
    attachment_index: number;
    url: string;
    attempts: number;
  }>`
    update file_fetches set attempts = attempts + 1, next_attempt_at = ${new Date(now.getTime() + FETCH_LEASE_MS)}
    where id in (
      select id from file_fetches
      where next_attempt_at <= ${now}
      order by next_attempt_at
      limit ${limit}
      for update skip locked
    )
    returning id, timeline_event_id, attachment_index, url, attempts
  `.execute(db);
  return rows.map((row) => ({
    id: row.id,
    timelineEventId: row.timeline_event_id,
    attachmentIndex: row.attachment_index,
    url: row.url,
    attempts: row.attempts,
  }));
}
