import { sql, type Transaction } from "kysely";
import { notify } from "../db/notifications.ts";
import type { Database } from "../db/schema.ts";
import type { WrittenItem } from "../ingest/write-messages.ts";

/** Every instance's file-fetch worker listens here; the payload is empty, the rows are the news. */
export const FILE_FETCHES_CHANNEL = "emma_file_fetches";

/**
 * Queues every attachment that the provider offers only by URL, in the transaction that writes the
 * items, so none is forgotten; fetching happens after the commit and never delays ingest. Workers
 * on every instance hear of it on commit.
 */
export async function queueFileFetches(trx: Transaction<Database>, written: WrittenItem[]): Promise<void> {
  const rows = written.flatMap(({ item, timelineEventId }) =>
    item.message.attachments.flatMap((attachment, index) =>
      attachment.url !== undefined && attachment.sha256 === undefined
        ? [{ timeline_event_id: timelineEventId, attachment_index: index, url: attachment.url }]
        : [],
    ),
  );
  if (rows.length === 0) return;
  await sql`
    insert into file_fetches (timeline_event_id, attachment_index, url)
    select timeline_event_id, attachment_index, url
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(timeline_event_id uuid, attachment_index smallint, url text)
    on conflict (timeline_event_id, attachment_index) do nothing
  `.execute(trx);
  await notify(trx, FILE_FETCHES_CHANNEL, "");
}
