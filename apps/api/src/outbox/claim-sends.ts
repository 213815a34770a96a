import { sql, type Kysely } from "kysely";
import type { Database } from "../db/schema.ts";

/**
 * A claimed send is `sending` until this long after the claim. An instance that dies mid-send
 * leaves the row to be claimed again after the lease: a reply may then go out twice (email keeps
 * its Message-ID, so mail clients show it once), but it is never lost or silently dropped.
 */
export const SENDING_LEASE_MS = 5 * 60_000;

export interface ClaimedSend {
  id: string;
  conversationId: string;
  connectorId: string | null;
  timelineEventId: string;
  payload: Record<string, unknown>;
  /** Including the attempt being made now. */
  attempts: number;
}

/** Takes due sends for this instance (SKIP LOCKED: other instances take others) and commits the claim. */
export async function claimSends(db: Kysely<Database>, limit: number, now: Date): Promise<ClaimedSend[]> {
  const { rows } = await sql<{
    id: string;
    conversation_id: string;
    connector_id: string | null;
    timeline_event_id: string;
    payload: Record<string, unknown>;
    attempts: number;
  }>`
    update outbox set status = 'sending', attempts = attempts + 1,
      next_attempt_at = ${new Date(now.getTime() + SENDING_LEASE_MS)}
    where id in (
      select id from outbox
      where status in ('queued', 'sending') and next_attempt_at <= ${now}
      order by next_attempt_at
      limit ${limit}
      for update skip locked
    )
    returning id, conversation_id, connector_id, timeline_event_id, payload, attempts
  `.execute(db);
  return rows.map((row) => ({
    id: row.id,
    conversationId: row.conversation_id,
    connectorId: row.connector_id,
    timelineEventId: row.timeline_event_id,
    payload: row.payload,
    attempts: row.attempts,
  }));
}
