import { parseItemMetadata, type MergeMoved } from "@emma/core";
import type { Transaction } from "kysely";
import { writeAudit } from "../../audit/write-audit.ts";
import type { CustomerRow, Database } from "../../db/schema.ts";
import { publish } from "../../realtime/publish.ts";
import type { MergeActor } from "./merge-customers.ts";

interface MergeChange {
  kind: "merge" | "unmerge";
  mergeId: string;
  survivor: CustomerRow;
  absorbed: CustomerRow;
  moved: MergeMoved["counts"];
  reason?: string;
  caller: MergeActor;
  ip: string | null;
  now: Date;
}

/**
 * What every merge and unmerge leaves behind: an item on the survivor's timeline (so agents see
 * why the history changed), a realtime notice for open consoles, and the audit entry.
 */
export async function recordMergeChange(trx: Transaction<Database>, change: MergeChange): Promise<void> {
  const { survivor, absorbed, mergeId } = change;
  await trx
    .insertInto("timeline_events")
    .values({
      customer_id: survivor.id,
      origin_customer_id: survivor.id,
      channel: "internal",
      kind: change.kind,
      direction: "internal",
      occurred_at: change.now,
      author_user_id: change.caller.userId,
      author_name: change.caller.displayName,
      body_text: change.reason ?? "",
      metadata: JSON.stringify(
        parseItemMetadata(change.kind, {
          mergeId,
          absorbedId: absorbed.id,
          absorbedName: absorbed.display_name,
        }),
      ),
    })
    .execute();
  await publish(trx, {
    topic: "customer.merged",
    userIds: null,
    payload: { mergeId, survivorId: survivor.id, absorbedId: absorbed.id, undone: change.kind === "unmerge" },
  });
  await writeAudit(trx, {
    actorUserId: change.caller.userId,
    action: change.kind === "merge" ? "customer.merged" : "customer.unmerged",
    subjectType: "merge",
    subjectId: mergeId,
    customerId: survivor.id,
    details: { absorbedId: absorbed.id, moved: change.moved },
    ip: change.ip,
    at: change.now,
  });
}
