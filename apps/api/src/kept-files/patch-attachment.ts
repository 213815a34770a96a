import { timelineAttachmentSchema, type TimelineAttachment } from "@emma/core";
import type { Transaction } from "kysely";
import { z } from "zod";
import type { Database } from "../db/schema.ts";
import { publish } from "../realtime/publish.ts";
import type { ClaimedFetch } from "./claim-file-fetches.ts";

/**
 * Writes what fetching gave into the item's `metadata.attachments[i]` and tells the consoles. The
 * item is locked first, so a concurrent change of its metadata (a bounce, an edit) is not lost. An
 * item whose attachment no longer names the claimed URL changed meanwhile and is left alone.
 */
export async function patchAttachment(
  trx: Transaction<Database>,
  claimed: ClaimedFetch,
  patch: (attachment: TimelineAttachment) => TimelineAttachment,
): Promise<boolean> {
  const item = await trx
    .selectFrom("timeline_events")
    .select(["id", "customer_id", "conversation_id", "channel", "kind", "metadata"])
    .where("id", "=", claimed.timelineEventId)
    .forUpdate()
    .executeTakeFirst();
  const stored = z.array(z.unknown()).safeParse(item?.metadata.attachments);
  if (!item || !stored.success) return false;
  const current = timelineAttachmentSchema.safeParse(stored.data[claimed.attachmentIndex]);
  if (!current.success || current.data.url !== claimed.url) return false;
  const attachments = stored.data.slice();
  attachments[claimed.attachmentIndex] = timelineAttachmentSchema.parse(patch(current.data));
  await trx
    .updateTable("timeline_events")
    .set({ metadata: JSON.stringify({ ...item.metadata, attachments }) })
    .where("id", "=", item.id)
    .execute();
  await publish(trx, {
    topic: "timeline.updated",
    userIds: null,
    payload: {
      customerId: item.customer_id,
      conversationId: item.conversation_id,
      eventId: item.id,
      channel: item.channel,
      kind: item.kind,
    },
  });
  return true;
}
