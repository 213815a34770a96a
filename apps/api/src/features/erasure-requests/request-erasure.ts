import { OPEN_ERASURE_STATUSES, type ErasureRequestInput } from "@emma/core";
import type { Kysely } from "kysely";
import { writeAudit } from "../../audit/write-audit.ts";
import type { Database } from "../../db/schema.ts";
import { erasureRequestView, type ErasureActing } from "./erasure-acting.ts";
import { refuseErasure } from "./erasure-refusal-error.ts";
import { lockErasableCustomer } from "./lock-erasable-customer.ts";

/**
 * A supervisor asks for a customer's erasure with a reason. The reply says at once whether a legal
 * hold blocks it or a duty to keep delays it. The customer's row is locked first: of two
 * supervisors asking at the same moment, the second sees the first's request instead of filing one.
 */
export async function requestErasure(
  db: Kysely<Database>,
  input: ErasureRequestInput,
  acting: ErasureActing,
) {
  return db.transaction().execute(async (trx) => {
    const customerId = await lockErasableCustomer(trx, input.customerId);
    const open = await trx
      .selectFrom("erasure_requests as r")
      .leftJoin("users as u", "u.id", "r.requested_by")
      .select(["r.id", "r.status", "r.requested_at", "u.display_name"])
      .where("r.customer_id", "=", customerId)
      .where("r.status", "in", OPEN_ERASURE_STATUSES)
      .executeTakeFirst();
    if (open) {
      throw refuseErasure({
        code: "already_open",
        request: {
          id: open.id,
          status: open.status,
          requestedByName: open.display_name,
          requestedAt: open.requested_at.toISOString(),
        },
      });
    }
    const row = await trx
      .insertInto("erasure_requests")
      .values({
        customer_id: customerId,
        reason: input.reason,
        requested_by: acting.caller.userId,
        requested_at: acting.now,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const view = await erasureRequestView(trx, row.id, acting);
    await writeAudit(trx, {
      actorUserId: acting.caller.userId,
      action: "erasure.requested",
      subjectType: "erasure_request",
      subjectId: row.id,
      customerId,
      details: { reason: input.reason, block: view.block.kind },
      ip: acting.ip,
      at: acting.now,
    });
    return view;
  });
}
