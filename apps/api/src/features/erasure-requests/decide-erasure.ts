import {
  erasureDecisionRefusal,
  type ErasureApproveInput,
  type ErasureRefuseInput,
  type ErasureStatus,
} from "@emma/core";
import { TRPCError } from "@trpc/server";
import type { Kysely, Transaction } from "kysely";
import { writeAudit } from "../../audit/write-audit.ts";
import type { Database } from "../../db/schema.ts";
import { erasureBlockOf } from "./erasure-block-facts.ts";
import { erasureRequestView, type ErasureActing } from "./erasure-acting.ts";
import { refuseErasure } from "./erasure-refusal-error.ts";

/**
 * The waiting request and its customer, both locked: a legal hold placed at this moment (which
 * locks the customer too) is either seen here or comes after the approval, where the erasure
 * worker sees it before it runs.
 */
async function lockWaitingRequest(trx: Transaction<Database>, requestId: string, acting: ErasureActing) {
  const request = await trx
    .selectFrom("erasure_requests")
    .select(["id", "customer_id", "status", "requested_by"])
    .where("id", "=", requestId)
    .forUpdate()
    .executeTakeFirst();
  if (!request) throw new TRPCError({ code: "NOT_FOUND", message: "No such erasure request" });
  await trx.selectFrom("customers").select("id").where("id", "=", request.customer_id).forUpdate().execute();
  const refusal = erasureDecisionRefusal({
    request: { status: request.status, requestedBy: request.requested_by },
    deciderId: acting.caller.userId,
  });
  if (refusal === "not_pending") throw refuseErasure({ code: refusal, status: request.status });
  if (refusal === "own_request") throw refuseErasure({ code: refusal });
  return request;
}

async function closeRequest(
  trx: Transaction<Database>,
  request: { id: string; customer_id: string },
  decision: {
    status: Extract<ErasureStatus, "approved" | "refused" | "withdrawn">;
    note: string | null;
    runAfter: Date | null;
  },
  acting: ErasureActing,
) {
  await trx
    .updateTable("erasure_requests")
    .set({
      status: decision.status,
      decided_by: acting.caller.userId,
      decided_at: acting.now,
      decision_note: decision.note,
      run_after: decision.runAfter,
    })
    .where("id", "=", request.id)
    .execute();
  const action = `erasure.${decision.status}` as const;
  await writeAudit(trx, {
    actorUserId: acting.caller.userId,
    action,
    subjectType: "erasure_request",
    subjectId: request.id,
    customerId: request.customer_id,
    details: { note: decision.note, runAfter: decision.runAfter?.toISOString() ?? null },
    ip: acting.ip,
    at: acting.now,
  });
  return erasureRequestView(trx, request.id, acting);
}

/**
 * A second person approves: refused while a legal hold is active; while a duty to keep still
 * covers some of the customer's conversations, the erasure is scheduled for when the latest ends.
 */
export async function approveErasure(
  db: Kysely<Database>,
  input: ErasureApproveInput,
  acting: ErasureActing,
) {
  return db.transaction().execute(async (trx) => {
    const request = await lockWaitingRequest(trx, input.requestId, acting);
    const block = await erasureBlockOf(trx, request.customer_id, acting);
    if (block.kind === "held") throw refuseErasure({ code: "held", holds: block.holds });
    const runAfter = block.kind === "delayed" ? new Date(block.until) : acting.now;
    return closeRequest(trx, request, { status: "approved", note: input.note || null, runAfter }, acting);
  });
}

/** A second person refuses, saying why; the requester reads it. */
export async function refuseErasureRequest(
  db: Kysely<Database>,
  input: ErasureRefuseInput,
  acting: ErasureActing,
) {
  return db.transaction().execute(async (trx) => {
    const request = await lockWaitingRequest(trx, input.requestId, acting);
    return closeRequest(trx, request, { status: "refused", note: input.note, runAfter: null }, acting);
  });
}

/** Whoever may ask for erasures may withdraw a request while it still waits for a decision. */
export async function withdrawErasure(db: Kysely<Database>, requestId: string, acting: ErasureActing) {
  return db.transaction().execute(async (trx) => {
    const request = await trx
      .selectFrom("erasure_requests")
      .select(["id", "customer_id", "status"])
      .where("id", "=", requestId)
      .forUpdate()
      .executeTakeFirst();
    if (!request) throw new TRPCError({ code: "NOT_FOUND", message: "No such erasure request" });
    if (request.status !== "requested") throw refuseErasure({ code: "not_pending", status: request.status });
    return closeRequest(trx, request, { status: "withdrawn", note: null, runAfter: null }, acting);
  });
}
