import type { ErasureBlockView, ErasureRequestView } from "@emma/core";
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../../db/schema.ts";

/** Erasure requests with the customer's name and the names of who asked and who decided. */
export function selectErasureRequests(db: Kysely<Database> | Transaction<Database>) {
  return db
    .selectFrom("erasure_requests as r")
    .innerJoin("customers as c", "c.id", "r.customer_id")
    .leftJoin("users as requester", "requester.id", "r.requested_by")
    .leftJoin("users as decider", "decider.id", "r.decided_by")
    .selectAll("r")
    .select([
      "c.display_name as customer_name",
      "requester.display_name as requested_by_name",
      "decider.display_name as decided_by_name",
    ]);
}

export type ErasureRequestRow = Awaited<
  ReturnType<ReturnType<typeof selectErasureRequests>["executeTakeFirstOrThrow"]>
>;

export function presentErasureRequest(row: ErasureRequestRow, block: ErasureBlockView): ErasureRequestView {
  return {
    id: row.id,
    customerId: row.customer_id,
    customerName: row.customer_name,
    reason: row.reason,
    status: row.status,
    requestedBy: row.requested_by,
    requestedByName: row.requested_by_name,
    requestedAt: row.requested_at.toISOString(),
    decidedByName: row.decided_by_name,
    decidedAt: row.decided_at?.toISOString() ?? null,
    decisionNote: row.decision_note,
    runAfter: row.run_after?.toISOString() ?? null,
    finishedAt: row.finished_at?.toISOString() ?? null,
    summary: row.summary,
    lastError: row.last_error,
    block,
  };
}
