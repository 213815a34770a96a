import { describe, expect, it } from "vitest";
import { applyMerge } from "./apply-merge.ts";
import { applyUnmerge } from "./apply-unmerge.ts";
import type { CustomerGraph } from "./customer-graph.ts";
import { twoCustomerGraph } from "./graph-fixture.ts";
import type { MergePlan } from "./merge-moved.ts";
import { planMerge } from "./plan-merge.ts";
import { planUnmerge } from "./plan-unmerge.ts";

function merged(): { graph: CustomerGraph; record: MergePlan } {
  const result = planMerge(twoCustomerGraph(), { survivorId: "c-a", absorbedId: "c-b" });
  if (!result.ok) throw new Error(result.error.detail);
  return { graph: applyMerge(twoCustomerGraph(), result.plan), record: result.plan };
}

describe("planUnmerge", () => {
  it("restores the graph exactly", () => {
    const { graph, record } = merged();
    const result = planUnmerge(graph, record);
    if (!result.ok) throw new Error(result.error.detail);
    expect(applyUnmerge(graph, result.plan)).toEqual(twoCustomerGraph());
  });

  it("gives back a thread the absorbed customer's number opened after the merge, with its messages", () => {
    const { graph, record } = merged();
    const later: CustomerGraph = {
      ...graph,
      conversations: {
        ...graph.conversations,
        "v-new": { id: "v-new", customerId: "c-a", identityId: "i-phone" },
      },
      customerEvents: {
        ...graph.customerEvents,
        "e-new": { id: "e-new", customerId: "c-a", conversationId: "v-new" },
        "e-note-a": { id: "e-note-a", customerId: "c-a", conversationId: null },
      },
    };
    const result = planUnmerge(later, record);
    if (!result.ok) throw new Error(result.error.detail);
    expect(result.plan.moved.conversationIds).toEqual(["v-call", "v-new"]);
    const undone = applyUnmerge(later, result.plan);
    expect(undone.conversations["v-new"]?.customerId).toBe("c-b");
    expect(undone.customerEvents["e-new"]?.customerId).toBe("c-b");
    // A note written on the survivor after the merge stays where the agent wrote it.
    expect(undone.customerEvents["e-note-a"]?.customerId).toBe("c-a");
  });

  it("leaves an identity an agent has since linked to someone else", () => {
    const { graph, record } = merged();
    const relinked: CustomerGraph = {
      ...graph,
      customers: { ...graph.customers, "c-c": { id: "c-c", mergedInto: null } },
      identities: { ...graph.identities, "i-fb": { id: "i-fb", customerId: "c-c" } },
    };
    const result = planUnmerge(relinked, record);
    expect(result.ok && result.plan.moved.identityIds).toEqual(["i-phone"]);
  });

  it("refuses to undo twice", () => {
    const { graph, record } = merged();
    const first = planUnmerge(graph, record);
    if (!first.ok) throw new Error(first.error.detail);
    expect(planUnmerge(applyUnmerge(graph, first.plan), record)).toMatchObject({
      ok: false,
      error: { code: "not-merged", customerId: "c-b" },
    });
  });

  it("asks to undo a later merge of the survivor first", () => {
    const { graph, record } = merged();
    const further: CustomerGraph = {
      ...graph,
      customers: {
        ...graph.customers,
        "c-a": { id: "c-a", mergedInto: "c-z" },
        "c-z": { id: "c-z", mergedInto: null },
      },
    };
    expect(planUnmerge(further, record)).toMatchObject({
      ok: false,
      error: { code: "survivor-merged-away", customerId: "c-a", mergedInto: "c-z" },
    });
  });

  it("refuses unknown customers", () => {
    const { graph, record } = merged();
    expect(planUnmerge(graph, { ...record, absorbedId: "c-x" })).toMatchObject({
      ok: false,
      error: { code: "unknown-customer", customerId: "c-x" },
    });
  });
});
