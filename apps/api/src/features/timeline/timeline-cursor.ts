import { TRPCError } from "@trpc/server";

/**
 * Keyset position: the last item's occurred_at at microsecond precision (as PostgreSQL keeps it;
 * a JS Date would round and skip or repeat items) and its id as the tie-breaker.
 */
export interface TimelinePosition {
  occurredAt: string;
  id: string;
}

export function encodeCursor(position: TimelinePosition): string {
  return Buffer.from(`${position.occurredAt}|${position.id}`).toString("base64url");
}

export function decodeCursor(cursor: string): TimelinePosition {
  const [occurredAt, id, ...rest] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  if (
    !occurredAt ||
    !id ||
    rest.length > 0 ||
    Number.isNaN(Date.parse(occurredAt)) ||
    !/^[0-9a-f-]{36}$/.test(id)
  ) {
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: "This page link is no longer valid; reload the list",
    });
  }
  return { occurredAt, id };
}
