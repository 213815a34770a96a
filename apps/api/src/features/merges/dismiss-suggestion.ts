import { TRPCError } from "@trpc/server";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import { writeAudit } from "../../audit/write-audit.ts";
import type { Caller } from "../../trpc/context.ts";

/**
 * "Not now": the suggestion closes and is kept as a record of that decision. Nothing more is
 * remembered, so stronger evidence later may suggest the pair again; "not the same person"
 * (notSamePerson) is the decision that lasts.
 */
export async function dismissSuggestion(
  db: Kysely<Database>,
  props: { caller: Caller; suggestionId: string; ip: string | null; now: Date },
) {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable("merge_suggestions")
      .set({ status: "dismissed", decided_by: props.caller.userId, decided_at: props.now })
      .where("id", "=", props.suggestionId)
      .where("status", "=", "open")
      .returning(["id", "customer_a", "customer_b"])
      .executeTakeFirst();
    if (!row) throw new TRPCError({ code: "NOT_FOUND", message: "No open suggestion with this id" });
    await writeAudit(trx, {
      actorUserId: props.caller.userId,
      action: "merge_suggestion.dismissed",
      subjectType: "merge_suggestion",
      subjectId: row.id,
      customerId: row.customer_a,
      details: { customerIds: [row.customer_a, row.customer_b] },
      ip: props.ip,
      at: props.now,
    });
    return { id: row.id };
  });
}
