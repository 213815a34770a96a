import { connectorOf } from "@emma/connectors";
import { z } from "zod";
import type { ConnectorHealthRow } from "./list-connectors.ts";

/** A connector and its health. Never its secrets: not even the sealed text is selected. */
export function presentConnector(row: ConnectorHealthRow, now: Date) {
  const oldestPendingAt = dateOrNull(row.oldest_pending_at);
  return {
    id: row.id,
    kind: row.kind,
    /** The kind's name for admins; the kind itself when the registry no longer has it. */
    kindTitle: connectorOf(row.kind)?.title ?? row.kind,
    name: row.name,
    enabled: row.enabled,
    defaultCountry: row.default_country,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    health: {
      lastEventAt: dateOrNull(row.last_event_at)?.toISOString() ?? null,
      lastError: row.last_error,
      lastErrorAt: row.last_error_at?.toISOString() ?? null,
      /** Only an admin can mend the connection (an expired token): the provider's words, and since when. */
      reconnect: row.reconnect_reason
        ? { reason: row.reconnect_reason, since: dateOrNull(row.reconnect_since)?.toISOString() ?? null }
        : null,
      /** Polls or watches that failed in a row (a wrong password, an unreachable server); 0 when fine. */
      failedPolls: row.poll_failures,
      /** While failing, the poller backs off: nothing is tried with the provider before this time. */
      nextPollAttemptAt: row.poll_retry_at?.toISOString() ?? null,
      /** Received events not processed yet. */
      backlog: row.backlog,
      /** Received events that could not be processed (kept for replay). */
      failedEvents: row.failed_events,
      /** Replies given up on, or queued again after a failed attempt. */
      failingSends: row.failing_sends,
      /** What the last "Test connection" of the stored settings warned of; null before the first. */
      lastCheck: row.last_check_at
        ? { at: row.last_check_at.toISOString(), warnings: warningsOf(row.last_check_warnings) }
        : null,
      /** When the token expires, as the last test found; null when it does not or nobody asked. */
      tokenExpiresAt: row.token_expires_at?.toISOString() ?? null,
      oldestPendingAt: oldestPendingAt?.toISOString() ?? null,
      oldestPendingAgeSeconds:
        oldestPendingAt === null
          ? null
          : Math.max(0, Math.floor((now.getTime() - oldestPendingAt.getTime()) / 1000)),
    },
  };
}
export type ConnectorView = ReturnType<typeof presentConnector>;

/** Aggregates in raw SQL come back as Date from pg and PGlite alike; a string is tolerated too. */
function dateOrNull(value: Date | string | null): Date | null {
  if (value === null) return null;
  return value instanceof Date ? value : new Date(value);
}

/** The stored warnings, checked on read: a row written by another version may hold anything. */
function warningsOf(value: unknown): string[] {
  return z.array(z.string()).catch([]).parse(value);
}
