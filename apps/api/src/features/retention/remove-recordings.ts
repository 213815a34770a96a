import type { Transaction } from "kysely";
import type { Database } from "../../db/schema.ts";
import { dueRecordings } from "./due-rows.ts";

/**
 * One batch of the recordings rule: each call or voicemail loses the provider's recording reference
 * and its transcript (the recording in writing, and the item's text), and says when they went, so
 * the console shows "removed by retention" and a replay brings neither back. Status, numbers,
 * duration and who took the call stay. Returns how many items changed.
 */
export async function removeRecordings(
  trx: Transaction<Database>,
  props: { cutoff: Date; now: Date; limit: number },
): Promise<number> {
  const items = await dueRecordings(trx, props.cutoff)
    .select(["id", "metadata"])
    .orderBy("occurred_at")
    .limit(props.limit)
    .forUpdate()
    .skipLocked()
    .execute();
  for (const item of items) {
    const call = isRecord(item.metadata.call) ? item.metadata.call : {};
    const kept = Object.fromEntries(
      Object.entries(call).filter(([key]) => key !== "recordingUrl" && key !== "transcript"),
    );
    await trx
      .updateTable("timeline_events")
      .set({
        body_text: "",
        metadata: JSON.stringify({
          ...item.metadata,
          call: { ...kept, recordingRemovedAt: props.now.toISOString() },
        }),
      })
      .where("id", "=", item.id)
      .execute();
  }
  return items.length;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
