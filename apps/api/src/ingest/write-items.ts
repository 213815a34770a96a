import type { Transaction } from "kysely";
import type { Database } from "../db/schema.ts";
import { RetryBatchError } from "./identity-book.ts";
import { editsStoredItem, mergeCalls, type CallFollowUp, type UpdatedCall } from "./merge-calls.ts";
import { writeMessages, type MessageToWrite, type WrittenItem } from "./write-messages.ts";

export interface ItemsWritten {
  created: WrittenItem[];
  updated: UpdatedCall[];
  /** Follow-ups whose item is not stored yet: their events are retried later. */
  waiting: CallFollowUp[];
}

/**
 * Writes a batch's items: edits of stored items are applied in place, new items inserted.
 *
 * A new item that meets a stored one with its key is the same message delivered again, unless it
 * is an edit (a call's next webhook): then another batch wrote the item after this one looked,
 * which the item locks taken in `processBatch` rule out. Should it happen anyway, the batch is
 * retried rather than the edit dropped with its raw event marked processed (DESIGN invariant 1):
 * the next attempt finds the stored item and applies the edit to it.
 */
export async function writeItems(
  trx: Transaction<Database>,
  items: MessageToWrite[],
  followUps: CallFollowUp[],
): Promise<ItemsWritten> {
  const calls = await mergeCalls(trx, items, followUps);
  const { written, met } = await writeMessages(trx, calls.toInsert);
  if (met.some((item) => editsStoredItem(item.message)))
    throw new RetryBatchError("another batch wrote an item this batch edits; retried");
  return { created: written, updated: calls.updated, waiting: calls.waiting };
}
