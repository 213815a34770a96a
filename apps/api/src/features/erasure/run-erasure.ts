import { retryDelayMs } from "@emma/core";
import type { Kysely } from "kysely";
import { writeAudit } from "../../audit/write-audit.ts";
import type { Database } from "../../db/schema.ts";
import type { Logger } from "../../services.ts";
import type { ClaimedErasure } from "./claim-erasures.ts";
import { eraseCustomer } from "./erase-customer.ts";
import { lockErasureScope } from "./erasure-records.ts";
import type { TombstoneKey } from "./tombstone-key.ts";

export type ErasureOutcome = "done" | "held" | "failed" | "gone";

/** What the request says while a legal hold keeps it from running. */
export const HELD_BY_LEGAL_HOLD = "A legal hold on this customer stops the erasure until it is lifted";

/**
 * Runs one claimed erasure in one transaction: re-checks the legal holds with the person's records
 * locked (a hold placed after approval wins: the request goes back to `approved` and says why, and
 * runs once the hold is lifted), erases, and records `done` with the counts and the audit entry. A
 * failure leaves nothing erased: the request becomes `failed`, is logged, and is tried again later.
 */
export async function runErasure(
  db: Kysely<Database>,
  props: { claimed: ClaimedErasure; key: TombstoneKey; now: Date; log: Logger },
): Promise<ErasureOutcome> {
  const { claimed, now, log } = props;
  try {
    return await db.transaction().execute(async (trx) => {
      const request = await trx
        .selectFrom("erasure_requests")
        .select(["status", "decided_by"])
        .where("id", "=", claimed.id)
        .forUpdate()
        .executeTakeFirst();
      // Withdrawn or taken over after a lost lease meanwhile: nothing of ours to do.
      if (request?.status !== "running") return "gone";
      const { ids } = await lockErasureScope(trx, claimed.customerId);
      const hold = await trx
        .selectFrom("legal_holds")
        .select("id")
        .where("customer_id", "in", ids)
        .where("lifted_at", "is", null)
        .executeTakeFirst();
      if (hold) {
        await trx
          .updateTable("erasure_requests")
          .set({ status: "approved", lease_until: null, last_error: HELD_BY_LEGAL_HOLD })
          .where("id", "=", claimed.id)
          .execute();
        return "held";
      }
      const summary = await eraseCustomer(trx, {
        customerId: claimed.customerId,
        erasureId: claimed.id,
        at: now,
        key: props.key,
        logger: log,
      });
      await trx
        .updateTable("erasure_requests")
        .set({
          status: "done",
          lease_until: null,
          last_error: null,
          finished_at: now,
          summary: JSON.stringify(summary),
        })
        .where("id", "=", claimed.id)
        .execute();
      await writeAudit(trx, {
        actorUserId: request.decided_by,
        action: "customer.erased",
        subjectType: "erasure",
        subjectId: claimed.id,
        customerId: claimed.customerId,
        details: { removed: summary },
        at: now,
      });
      return "done";
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    log.error("erasure: a run failed; it is tried again later", { erasureId: claimed.id, reason });
    await db
      .updateTable("erasure_requests")
      .set({
        status: "failed",
        lease_until: null,
        last_error: reason.slice(0, 2000),
        run_after: new Date(now.getTime() + retryDelayMs(claimed.attempts, 0.5)),
      })
      .where("id", "=", claimed.id)
      .where("status", "=", "running")
      .execute();
    return "failed";
  }
}
