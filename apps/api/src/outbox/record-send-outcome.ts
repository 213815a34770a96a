import type { SendOutcome } from "@emma/connectors";
import {
  afterSendAttempt,
  deliveryPatchSchema,
  withoutNul,
  type ConsentRefusal,
  type DeliveryState,
} from "@emma/core";
import { sql, type Kysely } from "kysely";
import type { Database } from "../db/schema.ts";
import { clearReconnectNeeded, markReconnectNeeded } from "../connector-runtime/reconnect-state.ts";
import { announceDelivery } from "./announce-delivery.ts";
import type { ClaimedSend } from "./claim-sends.ts";

/**
 * Writes what became of an attempt, with the provider's own words on failure; never "sent" unless
 * the connector said the provider took it. The reply's timeline item carries the same delivery
 * state, and the consoles hear of it; a refusal for withdrawn consent goes with it, for the
 * console to word in the agent's language.
 */
export async function recordSendOutcome(
  db: Kysely<Database>,
  send: ClaimedSend,
  outcome: SendOutcome,
  now: Date,
  jitter: number,
  refusal: ConsentRefusal | null = null,
): Promise<void> {
  const verdict = afterSendAttempt(outcome, send.attempts, jitter, now);
  await db.transaction().execute(async (trx) => {
    // The provider's own error text, which PostgreSQL cannot store with a NUL in it.
    const error = outcome.ok ? null : withoutNul(outcome.error).slice(0, 2000);
    switch (verdict.next) {
      case "sent":
        await trx
          .updateTable("outbox")
          .set({
            status: "sent",
            sent_at: now,
            last_error: null,
            external_id: outcome.ok ? outcome.externalId : null,
          })
          .where("id", "=", send.id)
          .execute();
        break;
      case "retry":
        await trx
          .updateTable("outbox")
          .set({
            status: "queued",
            last_error: error,
            next_attempt_at: new Date(now.getTime() + verdict.delayMs),
          })
          .where("id", "=", send.id)
          .execute();
        break;
      case "failed":
        await trx
          .updateTable("outbox")
          .set({ status: "failed", last_error: error })
          .where("id", "=", send.id)
          .execute();
        break;
      default: {
        const unreachable: never = verdict;
        throw new Error(`unknown verdict ${JSON.stringify(unreachable)}`);
      }
    }
    const state: DeliveryState = verdict.next === "retry" ? "retrying" : verdict.next;
    const delivery = deliveryPatchSchema.parse({
      delivery: state,
      deliveryError: error,
      ...(refusal ? { deliveryRefusal: refusal } : {}),
      ...(outcome.ok && outcome.metadata ? { deliveryFacts: outcome.metadata } : {}),
    });
    // The provider's id makes our sent item findable: replies to it thread here (In-Reply-To).
    await sql`
      update timeline_events set metadata = metadata || ${JSON.stringify(delivery)}::jsonb,
        external_id = coalesce(external_id, ${outcome.ok ? outcome.externalId : null})
      where id = ${send.timelineEventId}
    `.execute(trx);
    if (send.connectorId && outcome.ok) await clearReconnectNeeded(trx, send.connectorId);
    if (send.connectorId && !outcome.ok && outcome.reconnect)
      await markReconnectNeeded(trx, send.connectorId, outcome.error, now);
    await announceDelivery(trx, send.conversationId, delivery.delivery);
  });
}
