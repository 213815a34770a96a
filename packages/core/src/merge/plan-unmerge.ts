import type { CustomerGraph } from "./customer-graph.ts";
import type { UnmergeError } from "./merge-error.ts";
import type { MergeRecord, UnmergePlan } from "./merge-moved.ts";
import { sortedIds } from "./sorted-ids.ts";

export type UnmergePlanResult = { ok: true; plan: UnmergePlan } | { ok: false; error: UnmergeError };

function checkCustomers(graph: CustomerGraph, record: MergeRecord): UnmergeError | null {
  const survivor = graph.customers[record.survivorId];
  const absorbed = graph.customers[record.absorbedId];
  if (survivor === undefined || absorbed === undefined) {
    const customerId = survivor === undefined ? record.survivorId : record.absorbedId;
    return { code: "unknown-customer", customerId, detail: `There is no customer ${customerId}` };
  }
  if (absorbed.mergedInto !== record.survivorId) {
    return {
      code: "not-merged",
      customerId: absorbed.id,
      detail: `Customer ${absorbed.id} is not merged into ${survivor.id}; this merge was already undone`,
    };
  }
  // Undo the later merge first: otherwise what we would give back sits on a third customer.
  if (survivor.mergedInto !== null) {
    return {
      code: "survivor-merged-away",
      customerId: survivor.id,
      mergedInto: survivor.mergedInto,
      detail: `Customer ${survivor.id} was merged into ${survivor.mergedInto} since; undo that merge first`,
    };
  }
  return null;
}

/**
 * What goes back: the recorded ids that are still on the survivor (an agent may have moved one since),
 * plus threads opened after the merge on one of the absorbed customer's identities.
 */
export function planUnmerge(graph: CustomerGraph, record: MergeRecord): UnmergePlanResult {
  const error = checkCustomers(graph, record);
  if (error !== null) return { ok: false, error };
  const { survivorId, absorbedId, moved } = record;
  const stillOnSurvivor = (
    records: Readonly<Record<string, { customerId: string }>>,
    ids: readonly string[],
  ) => ids.filter((id) => records[id]?.customerId === survivorId);
  const identityIds = stillOnSurvivor(graph.identities, moved.identityIds);
  const returningIdentities = new Set(identityIds);
  const openedSince = Object.values(graph.conversations)
    .filter(
      (c) => c.customerId === survivorId && c.identityId !== null && returningIdentities.has(c.identityId),
    )
    .map((c) => c.id);
  return {
    ok: true,
    plan: {
      survivorId,
      absorbedId,
      moved: {
        identityIds: sortedIds(identityIds),
        conversationIds: sortedIds([
          ...stillOnSurvivor(graph.conversations, moved.conversationIds),
          ...openedSince,
        ]),
        productIds: sortedIds(stillOnSurvivor(graph.products, moved.productIds)),
        eventIds: sortedIds(stillOnSurvivor(graph.customerEvents, moved.eventIds)),
      },
    },
  };
}
