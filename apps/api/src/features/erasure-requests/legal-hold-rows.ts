import type { LegalHoldView } from "@emma/core";
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../../db/schema.ts";

/** Legal holds with the names of who placed and lifted them. */
export function selectLegalHolds(db: Kysely<Database> | Transaction<Database>) {
  return db
    .selectFrom("legal_holds as h")
    .leftJoin("users as placer", "placer.id", "h.placed_by")
    .leftJoin("users as lifter", "lifter.id", "h.lifted_by")
    .selectAll("h")
    .select(["placer.display_name as placed_by_name", "lifter.display_name as lifted_by_name"]);
}

type LegalHoldRow = Awaited<ReturnType<ReturnType<typeof selectLegalHolds>["executeTakeFirstOrThrow"]>>;

export function presentLegalHold(row: LegalHoldRow): LegalHoldView {
  return {
    id: row.id,
    customerId: row.customer_id,
    reason: row.reason,
    placedByName: row.placed_by_name,
    placedAt: row.placed_at.toISOString(),
    liftedByName: row.lifted_by_name,
    liftedAt: row.lifted_at?.toISOString() ?? null,
    liftNote: row.lift_note,
  };
}
