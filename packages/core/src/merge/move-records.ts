import type { CustomerGraph } from "./customer-graph.ts";
import type { MergeMoved } from "./merge-moved.ts";

type Owned = { customerId: string };

function reassign<T extends Owned>(
  records: Readonly<Record<string, T>>,
  moves: (record: T) => boolean,
  customerId: string,
): Record<string, T> {
  const result: Record<string, T> = {};
  for (const [id, record] of Object.entries(records))
    result[id] = moves(record) ? { ...record, customerId } : record;
  return result;
}

/**
 * Gives the listed records to `customerId`. Events in a moved conversation follow it, mirroring the SQL
 * `update timeline_events set customer_id = $1 where conversation_id = any($2) or id = any($3)`.
 */
export function moveRecords(graph: CustomerGraph, moved: MergeMoved, customerId: string): CustomerGraph {
  const identityIds = new Set(moved.identityIds);
  const conversationIds = new Set(moved.conversationIds);
  const productIds = new Set(moved.productIds);
  const eventIds = new Set(moved.eventIds);
  return {
    customers: graph.customers,
    identities: reassign(graph.identities, (identity) => identityIds.has(identity.id), customerId),
    conversations: reassign(
      graph.conversations,
      (conversation) => conversationIds.has(conversation.id),
      customerId,
    ),
    products: reassign(graph.products, (product) => productIds.has(product.id), customerId),
    customerEvents: reassign(
      graph.customerEvents,
      (event) =>
        eventIds.has(event.id) ||
        (event.conversationId !== null && conversationIds.has(event.conversationId)),
      customerId,
    ),
  };
}

export function setMergedInto(
  graph: CustomerGraph,
  customerId: string,
  mergedInto: string | null,
): CustomerGraph {
  const customer = graph.customers[customerId];
  if (customer === undefined) return graph;
  return { ...graph, customers: { ...graph.customers, [customerId]: { ...customer, mergedInto } } };
}
