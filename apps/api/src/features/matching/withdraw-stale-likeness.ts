import {
  isSuggestedPair,
  likenessReasonOf,
  parseMergeReasons,
  type LikenessReason,
  type PairScore,
} from "@emma/core";
import { sql, type Transaction } from "kysely";
import type { Database } from "../../db/schema.ts";
import type { RealtimeMessage } from "../../realtime/publish.ts";
import { rootOf } from "../merges/live-suggestions.ts";

interface StaleProps {
  /** Other sides whose likeness this check has just written. */
  refreshed: ReadonlySet<string>;
  /** The pair's score as the check scores it now; null when the other side is no longer live. */
  rescore: (otherId: string) => Promise<PairScore | null>;
}

/**
 * An open suggestion shows the likeness it was made on until a check finds otherwise: a customer
 * renamed, a message with the written address erased. Every open suggestion holding a likeness of
 * this customer that the check has not just written is scored again (its other side may be beyond
 * the candidates' cut); still alike, it gets today's reasons; no longer, its likeness goes, and with
 * it the suggestion when nothing else (an event naming both) holds it open. Nobody decided this, so
 * it leaves no decision behind: the pair may be suggested again on new evidence.
 */
export async function withdrawStaleLikeness(
  trx: Transaction<Database>,
  customerId: string,
  props: StaleProps,
): Promise<RealtimeMessage[]> {
  const { rows } = await sql<{
    id: string;
    customer_a: string;
    customer_b: string;
    root_a: string;
    root_b: string;
  }>`
    with recursive tree (id) as (
      select ${customerId}::uuid
      union all
      select c.id from customers c join tree on c.merged_into = tree.id
    ), touching as (
      -- Each side through its own partial index on open suggestions, never a scan of them all.
      select id from merge_suggestions where status = 'open' and customer_a in (select id from tree)
      union
      select id from merge_suggestions where status = 'open' and customer_b in (select id from tree)
    )
    select s.id, s.customer_a, s.customer_b, ${rootOf("s.customer_a")} as root_a, ${rootOf("s.customer_b")} as root_b
    from touching join merge_suggestions s on s.id = touching.id
    where s.reasons @> '[{"code": "likeness"}]'::jsonb
  `.execute(trx);
  const news: RealtimeMessage[] = [];
  for (const row of rows) {
    const other = row.root_a === customerId ? row.root_b : row.root_a;
    // Both sides one person now: the merge closed it, or will; not this check's business.
    if (other === customerId || props.refreshed.has(other)) continue;
    const pair = await props.rescore(other);
    if (pair && isSuggestedPair(pair)) {
      await replaceLikeness(trx, row.id, likenessReasonOf(customerId, other, pair));
      continue;
    }
    await replaceLikeness(trx, row.id, null);
    news.push({
      topic: "merge.withdrawn",
      userIds: null,
      payload: { suggestionId: row.id, customerIds: [row.customer_a, row.customer_b] },
    });
  }
  return news;
}

/** The suggestion's likeness replaced by this one, or dropped (null): with nothing left, the suggestion goes. */
async function replaceLikeness(
  trx: Transaction<Database>,
  suggestionId: string,
  likeness: LikenessReason | null,
): Promise<void> {
  const row = await trx
    .selectFrom("merge_suggestions")
    .select("reasons")
    .where("id", "=", suggestionId)
    .forUpdate()
    .executeTakeFirstOrThrow();
  const others = parseMergeReasons(row.reasons).filter((reason) => reason.code !== "likeness");
  const reasons = likeness ? [...others, likeness] : others;
  if (reasons.length === 0) {
    await trx.deleteFrom("merge_suggestions").where("id", "=", suggestionId).execute();
    return;
  }
  await trx
    .updateTable("merge_suggestions")
    .set({ reasons: JSON.stringify(reasons), score: likeness?.score ?? null })
    .where("id", "=", suggestionId)
    .execute();
}
