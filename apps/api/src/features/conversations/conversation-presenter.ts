import { DEFAULT_RESPONSE_TARGETS, responseTargetMinutes } from "@emma/core";
import type { ConversationRow } from "../../db/schema.ts";

type ConversationWithNames = ConversationRow & {
  assignee_name: string | null;
  customer_name?: string | null;
  team_name?: string | null;
  preview?: string | null;
};

export function presentConversationSummary(row: ConversationWithNames) {
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
    /** Minutes the customer should wait at most (core's targets by channel and priority). */
    responseTargetMinutes: responseTargetMinutes(DEFAULT_RESPONSE_TARGETS, row.channel, row.priority),
  };
}
export type ConversationSummary = ReturnType<typeof presentConversationSummary>;
