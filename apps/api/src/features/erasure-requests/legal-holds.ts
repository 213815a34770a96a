import type { LegalHoldLiftInput, LegalHoldPlaceInput } from "@emma/core";
import { TRPCError } from "@trpc/server";
import type { Kysely } from "kysely";
import { writeAudit } from "../../audit/write-audit.ts";
import type { Database } from "../../db/schema.ts";
import type { ErasureActing } from "./erasure-acting.ts";
import { refuseErasure } from "./erasure-refusal-error.ts";
import { lockErasableCustomer } from "./lock-erasable-customer.ts";
import { presentLegalHold, selectLegalHolds } from "./legal-hold-rows.ts";

/**
 * An admin places a legal hold: while it is active the customer's data may not be erased, an
 * approved erasure that has not run yet included (the console shows it held; the worker skips it).
 * The customer is locked as an approval locks it, so the two never pass each other unseen.
 */
export async function placeLegalHold(
  db: Kysely<Database>,
  input: LegalHoldPlaceInput,
  acting: ErasureActing,
) {
  return db.transaction().execute(async (trx) => {
    const customerId = await lockErasableCustomer(trx, input.customerId);
    const { id } = await trx
      .insertInto("legal_holds")
      .values({
        customer_id: customerId,
        reason: input.reason,
        placed_by: acting.caller.userId,
        placed_at: acting.now,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await writeAudit(trx, {
      actorUserId: acting.caller.userId,
      action: "legalHold.placed",
      subjectType: "legal_hold",
      subjectId: id,
      customerId,
      details: { reason: input.reason },
      ip: acting.ip,
      at: acting.now,
    });
    return presentLegalHold(await selectLegalHolds(trx).where("h.id", "=", id).executeTakeFirstOrThrow());
  });
}

export async function liftLegalHold(db: Kysely<Database>, input: LegalHoldLiftInput, acting: ErasureActing) {
  return db.transaction().execute(async (trx) => {
    const hold = await trx
      .selectFrom("legal_holds")
      .select(["id", "customer_id", "lifted_at"])
      .where("id", "=", input.holdId)
      .forUpdate()
      .executeTakeFirst();
    if (!hold) throw new TRPCError({ code: "NOT_FOUND", message: "No such legal hold" });
    if (hold.lifted_at !== null) throw refuseErasure({ code: "hold_lifted" });
    await trx
      .updateTable("legal_holds")
      .set({ lifted_by: acting.caller.userId, lifted_at: acting.now, lift_note: input.note })
      .where("id", "=", hold.id)
      .execute();
    await writeAudit(trx, {
      actorUserId: acting.caller.userId,
      action: "legalHold.lifted",
      subjectType: "legal_hold",
      subjectId: hold.id,
      customerId: hold.customer_id,
      details: { note: input.note },
      ip: acting.ip,
      at: acting.now,
    });
    return presentLegalHold(
      await selectLegalHolds(trx).where("h.id", "=", hold.id).executeTakeFirstOrThrow(),
    );
  });
}

/** The customer's holds, active ones first, then lifted ones, newest first. */
export async function legalHoldsOf(db: Kysely<Database>, customerId: string) {
  const rows = await selectLegalHolds(db)
    .where("h.customer_id", "=", customerId)
    .orderBy((eb) => eb("h.lifted_at", "is", null), "desc")
    .orderBy("h.placed_at", "desc")
    .execute();
  return rows.map(presentLegalHold);
}
