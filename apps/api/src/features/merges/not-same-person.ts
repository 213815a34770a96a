import { sortedIds } from "@emma/core";
import { TRPCError } from "@trpc/server";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import { writeAudit } from "../../audit/write-audit.ts";
import type { Caller } from "../../trpc/context.ts";
import { rootOf } from "./live-suggestions.ts";

/**
 * "Not the same person": unlike a dismissal ("not now", after which stronger evidence may suggest
 * the pair again) this is remembered. The suggestion closes as dismissed and the pair goes into
 * distinct_people, which the matcher never suggests again. Recorded are the two customers the
 * suggestion was made for and, when merges have moved it since, the two live customers the person
 * actually looked at. Merging them by hand stays possible: the merge preview says who decided this.
 */
export async function notSamePerson(
  db: Kysely<Database>,
  props: { caller: Caller; suggestionId: string; ip: string | null; now: Date },
) {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable("merge_suggestions as s")
      .set({ status: "dismissed", decided_by: props.caller.userId, decided_at: props.now })
      .where("s.id", "=", props.suggestionId)
      .where("s.status", "=", "open")
      .returning([
        "s.id",
        "s.customer_a",
        "s.customer_b",
        rootOf("s.customer_a").as("root_a"),
        rootOf("s.customer_b").as("root_b"),
      ])
      .executeTakeFirst();
    if (!row) throw new TRPCError({ code: "NOT_FOUND", message: "No open suggestion with this id" });
    const pairs = new Map(
      [sortedIds([row.customer_a, row.customer_b]), sortedIds([row.root_a, row.root_b])].map((pair) => [
        pair.join(),
        pair,
      ]),
    );
    for (const [a, b] of pairs.values()) {
      if (a === undefined || b === undefined) continue;
      await trx
        .insertInto("distinct_people")
        .values({
          customer_a: a,
          customer_b: b,
          decided_by: props.caller.userId,
          decided_at: props.now,
          suggestion_id: row.id,
        })
        .onConflict((oc) => oc.columns(["customer_a", "customer_b"]).doNothing())
        .execute();
    }
    await writeAudit(trx, {
      actorUserId: props.caller.userId,
      action: "merge_suggestion.notSamePerson",
      subjectType: "merge_suggestion",
      subjectId: row.id,
      customerId: row.root_a,
      details: { customerIds: sortedIds([row.root_a, row.root_b]) },
      ip: props.ip,
      at: props.now,
    });
    return { id: row.id };
  });
}
