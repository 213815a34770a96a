import type { ConversationFact } from "./report-facts.ts";

/** A conversation fact for hand-built histories: a customer's email contact unless told otherwise. */
export function conversation(
  id: string,
  createdAt: string,
  fields: Partial<ConversationFact> = {},
): ConversationFact {
  return {
    id,
    customerId: "customer-1",
    channel: "email",
    priority: "normal",
    createdAt: new Date(createdAt),
    lastMessageAt: new Date(createdAt),
    customerWrote: true,
    firstResponseAt: null,
    resolvedAt: null,
    solvedAt: null,
    solvedByCommunity: false,
    ...fields,
  };
}
