import { foldWaiting, waitingEventOf, type InboundMessage, type WaitingEvent } from "@emma/core";
import { sql, type Transaction } from "kysely";
import type { Database } from "../db/schema.ts";

export interface WaitingTouch {
  conversationId: string;
  message: InboundMessage;
}

/**
 * Moves each conversation's "waiting for us since" by core's rule over what this batch wrote or
 * changed (a customer's message, our reply seen through the connector, a call that ended). The rows
 * are locked (most already are, by the batch's conversation upsert; the rest in id order) so two
 * batches on one conversation apply their items one after the other. One read and at most one
 * write per batch, whatever its size.
 */
export async function updateWaiting(
  trx: Transaction<Database>,
  touches: readonly WaitingTouch[],
): Promise<void> {
  const events = new Map<string, WaitingEvent[]>();
  for (const { conversationId, message } of touches) {
    const event = waitingEventOf(message);
    if (event) events.set(conversationId, [...(events.get(conversationId) ?? []), event]);
  }
  if (events.size === 0) return;
  const rows = await trx
    .selectFrom("conversations")
    .select(["id", "waiting_since", "answered_at", "last_inbound_at"])
    .where("id", "in", [...events.keys()].sort())
    .orderBy("id")
    .forUpdate()
    .execute();
  const changed = rows.flatMap((row) => {
    const after = foldWaiting(
      { waitingSince: row.waiting_since, answeredAt: row.answered_at, lastInboundAt: row.last_inbound_at },
      events.get(row.id) ?? [],
    );
    const same =
      after.waitingSince?.getTime() === row.waiting_since?.getTime() &&
      after.answeredAt?.getTime() === row.answered_at?.getTime();
    return same
      ? []
      : [
          {
            id: row.id,
            waiting_since: after.waitingSince?.toISOString() ?? null,
            answered_at: after.answeredAt?.toISOString() ?? null,
          },
        ];
  });
  if (changed.length === 0) return;
  await sql`
    update conversations c set waiting_since = x.waiting_since, answered_at = x.answered_at
    from jsonb_to_recordset(${JSON.stringify(changed)}::jsonb) as x(id uuid, waiting_since timestamptz, answered_at timestamptz)
    where c.id = x.id
  `.execute(trx);
}
