import {
  MERGEABLE_TABLES,
  anyAnswer,
  checkMerge,
  mergeDifferences,
  mergeRefusal,
  parseMergeReasons,
  sortedIds,
  unconfirmedDifferences,
  type MergeInput,
  type MergeMoved,
  type MergeReason,
} from "@emma/core";
import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import type { Caller } from "../../trpc/context.ts";
import { refuseMerge } from "./merge-refusal-error.ts";
import { checkIdentity } from "./check-identity.ts";
import { confirmedCodeEvidence } from "./identity-codes.ts";
import { closeSuggestionsBetween } from "./close-suggestions.ts";
import { lockCustomers } from "./merge-tables.ts";
import { recordMergeChange } from "./record-merge-change.ts";
import { enqueueMatchChecks } from "../matching/enqueue-match-checks.ts";

/** Who merges: an agent (a signed-in caller), or Emma itself (no user) for a merge a provider proved. */
export type MergeActor = Pick<Caller, "displayName"> & { userId: string | null };

interface MergeProps {
  caller: MergeActor;
  input: MergeInput;
  ip: string | null;
  now: Date;
  /** The evidence recorded instead of the agent's decision (a forum's confirmed e-mail address). */
  evidence?: MergeReason[];
}

/**
 * Moves everything of the absorbed customer to the survivor and records it. Rows keep their
 * origin_customer_id, which is what `unmergeCustomers` uses to put them back exactly.
 */
export async function mergeCustomers(db: Kysely<Database>, props: MergeProps) {
  const { caller, input, now } = props;
  return db.transaction().execute(async (trx) => {
    const customers = await lockCustomers(trx, [input.survivorId, input.absorbedId]);
    const survivor = customers.get(input.survivorId);
    const absorbed = customers.get(input.absorbedId);
    const refusal = checkMerge({
      survivor: survivor && { id: survivor.id, mergedInto: survivor.merged_into },
      absorbed: absorbed && { id: absorbed.id, mergedInto: absorbed.merged_into },
    });
    if (refusal || !survivor || !absorbed) {
      const reason = refusal ?? mergeRefusal("unknown-customer");
      throw refuseMerge(reason.code === "unknown-customer" ? "NOT_FOUND" : "CONFLICT", reason);
    }
    // Two different names may be two people: the agent must have seen and confirmed what differs.
    const differences = mergeDifferences(
      { displayName: survivor.display_name, locale: survivor.locale },
      { displayName: absorbed.display_name, locale: absorbed.locale },
    );
    if (unconfirmedDifferences(differences, input.confirmedDifferences).length > 0) {
      throw refuseMerge("CONFLICT", mergeRefusal("unconfirmed-differences"));
    }
    // Asked again here, before anything moves: what the console showed may be older than the records.
    const answers = input.identityAnswers;
    const answered =
      answers && anyAnswer(answers)
        ? (await checkIdentity(trx, [survivor.id, absorbed.id], answers)).checks
        : [];
    const asked: MergeReason[] =
      answered.length > 0
        ? [{ code: "identity-answers", checks: answered, customerIds: sortedIds([survivor.id, absorbed.id]) }]
        : [];
    if (input.identityCodeId !== undefined)
      asked.push(await confirmedCodeEvidence(trx, input.identityCodeId, [survivor.id, absorbed.id], now));
    await closeSuggestionsBetween(trx, survivor.id, absorbed.id, { userId: caller.userId, now });
    const moved = {} as MergeMoved["counts"];
    for (const table of MERGEABLE_TABLES) {
      const result = await trx
        .updateTable(table)
        .set({ customer_id: survivor.id })
        .where("customer_id", "=", absorbed.id)
        .executeTakeFirst();
      moved[table] = Number(result.numUpdatedRows);
    }
    await trx
      .updateTable("customers")
      .set({ merged_into: survivor.id, updated_at: now })
      .where("id", "=", absorbed.id)
      .execute();
    // Only live customers hold blocking keys: the candidates lookup need not ask who is live.
    await trx.deleteFrom("customer_match_keys").where("customer_id", "=", absorbed.id).execute();
    await trx
      .updateTable("customers")
      .set({
        tags: sql<string[]>`array(select distinct unnest(tags || ${absorbed.tags}::text[]))`,
        updated_at: now,
      })
      .where("id", "=", survivor.id)
      .execute();
    // A suggestion withdrawn while the agent looked at it has no reasons left: the merge is hers alone.
    const fromSuggestion = input.suggestionId ? await suggestionReasons(trx, input.suggestionId) : [];
    const merge = await trx
      .insertInto("merges")
      .values({
        survivor_id: survivor.id,
        absorbed_id: absorbed.id,
        reason: input.reason,
        evidence: JSON.stringify([
          ...(props.evidence ??
            (fromSuggestion.length > 0 ? fromSuggestion : agentDecision(survivor.id, absorbed.id))),
          ...asked,
        ]),
        moved: JSON.stringify({
          counts: moved,
          absorbedName: absorbed.display_name,
          survivorTagsBefore: survivor.tags,
        } satisfies MergeMoved),
        merged_by: caller.userId,
        merged_at: now,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    // The person now has both records' names and identifiers: compared again with everyone.
    await enqueueMatchChecks(trx, [survivor.id, absorbed.id], now);
    await recordMergeChange(trx, {
      kind: "merge",
      mergeId: merge.id,
      survivor,
      absorbed,
      moved,
      reason: input.reason,
      caller,
      ip: props.ip,
      now,
    });
    return { mergeId: merge.id, survivorId: survivor.id, absorbedId: absorbed.id, moved };
  });
}

function agentDecision(survivorId: string, absorbedId: string): MergeReason[] {
  return [{ code: "agent-decision", customerIds: sortedIds([survivorId, absorbedId]) }];
}

async function suggestionReasons(trx: Kysely<Database>, suggestionId: string): Promise<MergeReason[]> {
  const row = await trx
    .selectFrom("merge_suggestions")
    .select("reasons")
    .where("id", "=", suggestionId)
    .executeTakeFirst();
  return parseMergeReasons(row?.reasons);
}
