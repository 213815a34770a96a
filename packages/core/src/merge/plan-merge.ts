import type { CustomerGraph } from "./customer-graph.ts";
import type { MergeError } from "./merge-error.ts";
import type { MergePlan } from "./merge-moved.ts";
import { sortedIds } from "./sorted-ids.ts";

export type MergePlanResult = { ok: true; plan: MergePlan } | { ok: false; error: MergeError };

export interface MergeRequest {
  survivorId: string;
  absorbedId: string;
}

function checkActive(graph: CustomerGraph, customerId: string): MergeError | null {
  const customer = graph.customers[customerId];
  if (customer === undefined) {
    return { code: "unknown-customer", customerId, detail: `There is no customer ${customerId}` };
  }
  if (customer.mergedInto !== null) {
    return {
      code: "already-merged",
      customerId,
      mergedInto: customer.mergedInto,
      detail: `Customer ${customerId} was already merged into ${customer.mergedInto}`,
    };
  }
  return null;
}

/** Everything of the absorbed customer moves to the survivor; nothing is deleted, so it can be undone. */
export function planMerge(graph: CustomerGraph, request: MergeRequest): MergePlanResult {
  const { survivorId, absorbedId } = request;
  if (survivorId === absorbedId) {
    return {
      ok: false,
      error: {
        code: "same-customer",
        customerId: survivorId,
        detail: "A customer cannot be merged into itself",
      },
    };
  }
  const error = checkActive(graph, survivorId) ?? checkActive(graph, absorbedId);
  if (error !== null) return { ok: false, error };
  const ofAbsorbed = <T extends { id: string; customerId: string }>(records: Readonly<Record<string, T>>) =>
    Object.values(records).filter((record) => record.customerId === absorbedId);
  return {
    ok: true,
    plan: {
      survivorId,
      absorbedId,
      moved: {
        identityIds: sortedIds(ofAbsorbed(graph.identities).map((identity) => identity.id)),
        conversationIds: sortedIds(ofAbsorbed(graph.conversations).map((conversation) => conversation.id)),
        productIds: sortedIds(ofAbsorbed(graph.products).map((product) => product.id)),
        eventIds: sortedIds(
          ofAbsorbed(graph.customerEvents)
            .filter((event) => event.conversationId === null)
            .map((event) => event.id),
        ),
      },
    },
  };
}
