import { itemSolutionSchema, type SolutionKind } from "@emma/core";
import { sql, type Transaction } from "kysely";
import type { Database } from "../db/schema.ts";
import { waitingAfter } from "../features/conversations/waiting-columns.ts";
import type { RealtimeMessage } from "../realtime/publish.ts";

interface Answer {
  id: string;
  how: SolutionKind;
  at: Date;
  byCommunity: boolean;
}

/**
 * A conversation's answer follows its items' `solution` marks (applied by core's `applyItemChange`):
 * the accepted answer outranks a helpful one, the newest mark wins among equals, so the result
 * does not depend on the order the marks arrived in. A question a customer answered is resolved
 * without an agent; when that answer is taken back, a conversation resolved only by it opens again.
 */
export async function settleSolutions(
  trx: Transaction<Database>,
  conversationIds: readonly string[],
  realtime: RealtimeMessage[],
): Promise<void> {
  const ids = [...new Set(conversationIds)].sort();
  if (ids.length === 0) return;
  const conversations = await trx
    .selectFrom("conversations")
    .selectAll()
    .where("id", "in", ids)
    .orderBy("id")
    .forUpdate()
    .execute();
  const answers = await answersOf(trx, ids);
  for (const before of conversations) {
    const answer = answers.get(before.id) ?? null;
    const same =
      before.solution_event_id === (answer?.id ?? null) &&
      before.solution_kind === (answer?.how ?? null) &&
      before.solved_at?.getTime() === answer?.at.getTime() &&
      before.solved_by_community === (answer?.byCommunity ?? false);
    if (same) continue;
    const resolvedByOldAnswer =
      before.status === "resolved" &&
      before.solved_by_community &&
      before.solved_at !== null &&
      before.resolved_at?.getTime() === before.solved_at.getTime();
    const resolving = answer?.byCommunity ? answer : null;
    const resolve = resolving !== null && (before.status !== "resolved" || resolvedByOldAnswer);
    const reopen = !answer?.byCommunity && resolvedByOldAnswer;
    await trx
      .updateTable("conversations")
      .set({
        solution_event_id: answer?.id ?? null,
        solution_kind: answer?.how ?? null,
        solved_at: answer?.at ?? null,
        solved_by_community: answer?.byCommunity ?? false,
        ...(resolve
          ? {
              status: "resolved",
              resolved_at: resolving.at,
              snoozed_until: null,
              // Answered by the community: nothing is owed until the asker writes again.
              ...waitingAfter(before, { kind: "settled", at: resolving.at }),
            }
          : {}),
        // Open again, as an agent's reopening leaves the waiting clock: the next post restarts it.
        ...(reopen ? { status: "open", resolved_at: null } : {}),
      })
      .where("id", "=", before.id)
      .execute();
    realtime.push({
      topic: "conversation.changed",
      userIds: null,
      payload: { conversationId: before.id, customerId: before.customer_id },
    });
  }
}

/** The best-ranked answer of each conversation: the accepted one, else the newest helpful one. */
async function answersOf(trx: Transaction<Database>, ids: string[]): Promise<Map<string, Answer>> {
  const { rows } = await sql<{
    conversation_id: string;
    id: string;
    direction: string;
    solution: unknown;
  }>`
    select distinct on (conversation_id) conversation_id, id, direction, metadata->'solution' as solution
    from timeline_events
    where conversation_id = any(${ids}::uuid[]) and metadata ? 'solution'
    order by conversation_id, (metadata->'solution'->>'how' = 'accepted') desc,
      metadata->'solution'->>'at' desc, id
  `.execute(trx);
  const answers = new Map<string, Answer>();
  for (const row of rows) {
    const solution = itemSolutionSchema.parse(row.solution);
    answers.set(row.conversation_id, {
      id: row.id,
      how: solution.how,
      at: new Date(solution.at),
      // Our staff's answers are outbound items; a customer's (any forum member's) are inbound.
      byCommunity: row.direction === "inbound",
    });
  }
  return answers;
}
