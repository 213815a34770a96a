import type { QueueOrder } from "@emma/core";
import { TRPCError } from "@trpc/server";

/**
 * Where a queue page ended, in the order it was read: the last row's `wait_rank` (an int8, kept as
 * its decimal text: a JS number would round it) or its last_message_at at microsecond precision (a
 * Date would round and skip or repeat rows), and its id as the tie-breaker.
 */
export interface QueuePosition {
  order: QueueOrder;
  key: string;
  id: string;
}

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function encodeQueueCursor(position: QueuePosition): string {
  return Buffer.from(`${position.order}|${position.key}|${position.id}`).toString("base64url");
}

export function decodeQueueCursor(cursor: string, order: QueueOrder): QueuePosition {
  const [cursorOrder, key, id, ...rest] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  const keyValid =
    order === "waiting" ? /^\d{1,19}$/.test(key ?? "") : !Number.isNaN(Date.parse(key ?? "invalid"));
  if (cursorOrder !== order || !key || !keyValid || !id || !ID.test(id) || rest.length > 0) {
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: "This page link belongs to another order or is no longer valid; reload the list",
    });
  }
  return { order, key, id };
}
