import { deliveryPatchSchema, type ConversationRetryDeliveryInput } from "@emma/core";
import { TRPCError } from "@trpc/server";
import { sql, type Kysely } from "kysely";
import { writeAudit } from "../../audit/write-audit.ts";
import type { Database } from "../../db/schema.ts";
import { announceDelivery } from "../../outbox/announce-delivery.ts";
import type { Caller } from "../../trpc/context.ts";

/** The reply's item goes back to queued, its last error and any consent refusal cleared. */
const queuedAgain = deliveryPatchSchema.parse({
  delivery: "queued",
  deliveryError: null,
  deliveryRefusal: null,
});

interface RetryProps {
  caller: Caller;
  input: ConversationRetryDeliveryInput;
  ip: string | null;
  now: Date;
}

/**
 * An agent sends a failed reply again (after the address was fixed, the connector repaired …): it
 * is queued now with a fresh count of attempts. Only failed replies: a queued one is on its way,
 * a sent one must not go twice.
 */
export async function retryDelivery(db: Kysely<Database>, props: RetryProps) {
  const { caller, input, now } = props;
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable("outbox")
      .set({ status: "queued", attempts: 0, next_attempt_at: now })
      .where("id", "=", input.outboxId)
      .where("status", "=", "failed")
      .returning(["id", "conversation_id", "timeline_event_id", "last_error"])
      .executeTakeFirst();
    if (!row) {
      const exists = await trx
        .selectFrom("outbox")
        .select("status")
        .where("id", "=", input.outboxId)
        .executeTakeFirst();
      throw new TRPCError(
        exists
          ? {
              code: "CONFLICT",
              message: `This reply is ${exists.status}, not failed; there is nothing to retry`,
            }
          : { code: "NOT_FOUND", message: "No such reply" },
      );
    }
    await sql`
      update timeline_events set metadata = metadata || ${JSON.stringify(queuedAgain)}::jsonb
      where id = ${row.timeline_event_id}
    `.execute(trx);
    const { customerId } = await announceDelivery(trx, row.conversation_id, "queued");
    await writeAudit(trx, {
      actorUserId: caller.userId,
      action: "conversation.deliveryRetried",
      subjectType: "conversation",
      subjectId: row.conversation_id,
      customerId,
      details: { outboxId: row.id, lastError: row.last_error },
      ip: props.ip,
      at: now,
    });
    return { outboxId: row.id, status: "queued" as const };
  });
}
