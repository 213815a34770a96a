import { erasureBlock, type ErasureBlockView, type LegalHoldView } from "@emma/core";
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../../db/schema.ts";
import type { Logger } from "../../services.ts";
import { readRetentionSettings } from "../settings/retention-settings-store.ts";
import { presentLegalHold, selectLegalHolds } from "./legal-hold-rows.ts";

type Db = Kysely<Database> | Transaction<Database>;

/**
 * What holds back the erasure of each customer now: their active legal holds and the duties to
 * keep on their conversations, read in three queries whatever the number of customers.
 */
export async function erasureBlocks(
  db: Db,
  customerIds: readonly string[],
  props: { now: Date; logger: Logger },
): Promise<Map<string, ErasureBlockView>> {
  const blocks = new Map<string, ErasureBlockView>();
  if (customerIds.length === 0) return blocks;
  const ids = [...new Set(customerIds)];
  const { duties } = await readRetentionSettings(db, props.logger);
  const holds = (
    await selectLegalHolds(db)
      .where("h.customer_id", "in", ids)
      .where("h.lifted_at", "is", null)
      .orderBy("h.placed_at")
      .execute()
  ).map(presentLegalHold);
  const conversations =
    duties.length === 0
      ? []
      : await db
          .selectFrom("conversations")
          .select(["customer_id", "tags", "last_message_at"])
          .where("customer_id", "in", ids)
          .execute();
  for (const customerId of ids) {
    const block = erasureBlock<LegalHoldView>({
      activeHolds: holds.filter((hold) => hold.customerId === customerId),
      duties,
      conversations: conversations
        .filter((row) => row.customer_id === customerId)
        .map((row) => ({ tags: row.tags, lastMessageAt: row.last_message_at })),
      now: props.now,
    });
    blocks.set(customerId, presentBlock(block));
  }
  return blocks;
}

export async function erasureBlockOf(
  db: Db,
  customerId: string,
  props: { now: Date; logger: Logger },
): Promise<ErasureBlockView> {
  return (await erasureBlocks(db, [customerId], props)).get(customerId) ?? { kind: "free" };
}

function presentBlock(block: ReturnType<typeof erasureBlock<LegalHoldView>>): ErasureBlockView {
  if (block.kind !== "delayed") return block;
  return {
    kind: "delayed",
    until: block.until.toISOString(),
    because: block.because.map((duty) => ({ ...duty, until: duty.until.toISOString() })),
  };
}
