import type { ConversationFact } from "./conversation-facts.ts";

/** An e-mail contact of one customer, created at `createdAt`, unless the fields say otherwise. */
export function conversationFact(id: string, createdAt: string, fields: Partial<ConversationFact> = {}) {
  const created = new Date(createdAt);
  const fact: ConversationFact = {
    id,
    customerId: "clara",
    channel: "email",
    priority: "normal",
    teamId: null,
    assigneeId: null,
    createdAt: created,
    lastMessageAt: created,
    lastInboundAt: created,
    firstResponseAt: null,
    resolvedAt: null,
    solvedAt: null,
    solvedByCommunity: false,
    ...fields,
  };
  return fact;
}
