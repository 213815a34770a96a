import type { ResponseClock } from "@emma/core";
import type { ConversationRow } from "../../db/schema.ts";

type ConversationWithNames = ConversationRow & {
  assignee_name: string | null;
  customer_name?: string | null;
  team_name?: string | null;
  preview?: string | null;
  /** The answer item's author and first words (joined by `withSolutionAnswer`). */
  solution_author_name?: string | null;
  solution_excerpt?: string | null;
};

/** How a list's response clocks are read: `responseClock(serviceSettings)` from core. */
export type ConversationClock = (
  c: Pick<ConversationRow, "channel" | "priority"> & { waitingSince: Date | null },
) => ResponseClock;

export function presentConversationSummary(row: ConversationWithNames, clock: ConversationClock) {
  const response = clock({ channel: row.channel, priority: row.priority, waitingSince: row.waiting_since });
  return {
    id: row.id,
    customerId: row.customer_id,
    customerName: row.customer_name ?? null,
    channel: row.channel,
    subject: row.subject,
    /** Read by everyone (a Page comment, an X mention): an answer may go in public or privately. */
    publicThread: row.public_thread,
    preview: row.preview ?? null,
    status: row.status,
    priority: row.priority,
    assigneeId: row.assignee_id,
    assigneeName: row.assignee_name,
    teamId: row.team_id,
    teamName: row.team_name ?? null,
    tags: row.tags,
    snoozedUntil: row.snoozed_until?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
    lastMessageAt: row.last_message_at.toISOString(),
    lastInboundAt: row.last_inbound_at?.toISOString() ?? null,
    firstResponseAt: row.first_response_at?.toISOString() ?? null,
    resolvedAt: row.resolved_at?.toISOString() ?? null,
    /** The customer's first message we have not answered; null when nobody waits on us. */
    waitingSince: row.waiting_since?.toISOString() ?? null,
    /** Minutes the customer should wait at most (the admins' targets by channel and priority). */
    responseTargetMinutes: response.responseTargetMinutes,
    /** When our answer is due, counted in the desk's business hours when the admins set them. */
    responseDueAt: response.responseDueAt?.toISOString() ?? null,
    /** The item that answers a forum topic's question, and whether a customer (not our staff) wrote it. */
    communitySolution: presentSolution(row),
    /** The whole thread was deleted at the provider (a forum topic): when, and by whom. */
    threadRemoved:
      row.thread_removed_at && row.thread_removed_by
        ? { at: row.thread_removed_at.toISOString(), by: row.thread_removed_by }
        : null,
    /** Closed for new posts at the provider (a closed forum topic): replies are refused. */
    threadClosed: row.thread_closed,
  };
}

function presentSolution(row: ConversationWithNames) {
  if (!row.solution_event_id || !row.solution_kind || !row.solved_at) return null;
  return {
    itemId: row.solution_event_id,
    how: row.solution_kind,
    at: row.solved_at.toISOString(),
    /** null for our staff's answers: they are ours, not a person's post at the forum. */
    authorName: row.solution_author_name ?? null,
    excerpt: row.solution_excerpt ?? "",
    byCommunity: row.solved_by_community,
  };
}
export type ConversationSummary = ReturnType<typeof presentConversationSummary>;
