import { TRPCError } from "@trpc/server";

/**
 * Keyset position in the log, newest first: the last entry's time at microsecond precision (as
 * PostgreSQL keeps it; a JS Date would round and skip or repeat entries) and its number as the
 * tie-breaker.
 */
export interface AuditPosition {
  at: string;
  id: string;
}

export function encodeAuditCursor(position: AuditPosition): string {
  return Buffer.from(`${position.at}|${position.id}`).toString("base64url");
}

export function decodeAuditCursor(cursor: string): AuditPosition {
  const [at, id, ...rest] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  if (!at || !id || rest.length > 0 || Number.isNaN(Date.parse(at)) || !/^\d{1,19}$/.test(id)) {
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: "This page link is no longer valid; reload the list",
    });
  }
  return { at, id };
}
