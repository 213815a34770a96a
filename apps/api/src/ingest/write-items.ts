import type { Transaction } from "kysely";
import type { Database } from "../db/schema.ts";
import { RetryBatchError } from "./identity-book.ts";
import {
  applyItemChanges,
  changesStoredItem,
  type ItemChange,
  type UpdatedItem,
} from "./apply-item-changes.ts";
import { echoesOfSendsInFlight } from "./echoes-in-flight.ts";
import { writeMessages, type MessageToWrite, type WrittenItem } from "./write-messages.ts";

export interface ItemsWritten {
  created: WrittenItem[];
  updated: UpdatedItem[];
  /** Changes whose item is not stored yet, and echoes of a send still in flight: retried later. */
  waiting: { inboundEventId: string; reason: string }[];
}

/**
 * Writes a batch's items: changes of stored items are applied in place, new items inserted.
 *
 * A new item that meets a stored one with its key is the same message delivered again, unless it
 * is a change (a call's next webhook, an edit): then another batch wrote the item after this one
 * looked, which the item locks taken in `processBatch` rule out. Should it happen anyway, the batch
 * is retried rather than the change dropped with its raw event marked processed (DESIGN invariant
 * 1): the next attempt finds the stored item and applies the change to it.
 */
export async function writeItems(
  trx: Transaction<Database>,
  items: MessageToWrite[],
  changes: ItemChange[],
): Promise<ItemsWritten> {
  const applied = await applyItemChanges(trx, items, changes);
  const echoes = await echoesOfSendsInFlight(trx, applied.toInsert);
  const { written, met } = await writeMessages(
    trx,
    applied.toInsert.filter((item) => !echoes.has(item)),
  );
  if (met.some((item) => changesStoredItem(item.message)))
    throw new RetryBatchError("another batch wrote an item this batch changes; retried");
  return {
    created: written,
    updated: applied.updated,
    waiting: [
      ...applied.waiting.map((change) => ({
        inboundEventId: change.inboundEventId,
        reason: "This change arrived before the item it changes; retried later",
      })),
      ...[...echoes].map((echo) => ({
        inboundEventId: echo.inboundEventId,
        reason: "Our own reply seen back while it is still being sent; retried once its send is recorded",
      })),
    ],
  };
}
